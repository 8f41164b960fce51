using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Domain;

namespace Klachten.Modules.Handling.Application.LogContact;

internal sealed class LogContactCommandHandler(
    IHandlingCaseRepository cases, ICurrentUser user, IAuditTrail audit, TimeProvider timeProvider)
    : ICommandHandler<LogContactCommand, LogContactResult>
{
    public async Task<LogContactResult> Handle(LogContactCommand command, CancellationToken cancellationToken)
    {
        var handlingCase = await cases.GetForUpdateAsync(command.ComplaintId, cancellationToken);
        CaseAccess.EnsureMayAct(user, handlingCase, CaseStep.LogContact);
        var contact = handlingCase.LogContact(command.ContactedAt, command.Channel, command.Summary, command.NextStep, user.UserName,
            timeProvider.GetUtcNow());
        await cases.SaveAsync(handlingCase, cancellationToken);
        await audit.RecordAsync(new AuditEntry(CaseAccess.Module, "ContactLogged", CaseAccess.Subject, handlingCase.ComplaintId.ToString(),
            new { ContactId = contact.Id, contact.Channel }), cancellationToken);
        return new LogContactResult(handlingCase.ComplaintId, contact.Id);
    }
}
