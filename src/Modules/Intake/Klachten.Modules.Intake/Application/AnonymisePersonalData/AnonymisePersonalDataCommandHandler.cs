using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Intake.Application.Common;
using Klachten.Modules.Intake.Contracts;
using Microsoft.Extensions.Options;

namespace Klachten.Modules.Intake.Application.AnonymisePersonalData;

internal sealed class AnonymisePersonalDataCommandHandler(
    IComplaintRepository complaints, IAuditTrail audit, IOptions<PersonalDataOptions> options, TimeProvider timeProvider)
    : ICommandHandler<AnonymisePersonalDataCommand, int>
{
    public async Task<int> Handle(AnonymisePersonalDataCommand command, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var anonymised = await complaints.AnonymiseClosedBeforeAsync(options.Value.ClosedBefore(now), now, command.Limit, cancellationToken);
        if (anonymised.Count > 0)
        {
            await audit.RecordAsync(anonymised.Select(id => new AuditEntry(IntakeContracts.ModuleName, "PersonalDataAnonymised", "Complaint",
                id.ToString(), new { options.Value.RetainMonthsAfterClosing })).ToList(), cancellationToken);
        }

        return anonymised.Count;
    }
}
