using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Domain;

namespace Klachten.Modules.Handling.Application.DecideComplaint;

/// <summary>The assigned officer decides; the complaint counts as settled once the decision letter is sent.</summary>
internal sealed class DecideComplaintCommandHandler(
    IHandlingCaseRepository cases, ICurrentUser user, IAuditTrail audit, TimeProvider timeProvider)
    : ICommandHandler<DecideComplaintCommand, CaseStepResult>
{
    public async Task<CaseStepResult> Handle(DecideComplaintCommand command, CancellationToken cancellationToken)
    {
        var handlingCase = await cases.GetForUpdateAsync(command.ComplaintId, cancellationToken);
        CaseAccess.EnsureMayAct(user, handlingCase, CaseStep.Decide);
        var decision = handlingCase.Decide(command.Outcome, command.Reasoning, command.Remedy,
            user.UserName, timeProvider.GetUtcNow());
        await cases.SaveAsync(handlingCase, cancellationToken);
        await audit.RecordAsync(new AuditEntry(CaseAccess.Module, "ComplaintDecided", CaseAccess.Subject, handlingCase.ComplaintId.ToString(),
            new { decision.Outcome }), cancellationToken);
        return CaseStepResult.Of(handlingCase);
    }
}
