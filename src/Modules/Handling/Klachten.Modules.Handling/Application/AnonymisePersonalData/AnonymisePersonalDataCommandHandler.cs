using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Application.Abstractions;
using Microsoft.Extensions.Options;

namespace Klachten.Modules.Handling.Application.AnonymisePersonalData;

internal sealed class AnonymisePersonalDataCommandHandler(
    IHandlingCaseRepository cases, IAuditTrail audit, IOptions<PersonalDataOptions> options, TimeProvider timeProvider)
    : ICommandHandler<AnonymisePersonalDataCommand, int>
{
    public async Task<int> Handle(AnonymisePersonalDataCommand command, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var anonymised = await cases.AnonymiseClosedBeforeAsync(options.Value.ClosedBefore(now), now, command.Limit, cancellationToken);
        if (anonymised.Count > 0)
        {
            await audit.RecordAsync(anonymised.Select(id => new AuditEntry(CaseAccess.Module, "PersonalDataAnonymised", CaseAccess.Subject,
                id.ToString(), new { options.Value.RetainMonthsAfterClosing })).ToList(), cancellationToken);
        }

        return anonymised.Count;
    }
}
