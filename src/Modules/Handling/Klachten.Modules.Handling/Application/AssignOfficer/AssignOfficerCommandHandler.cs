using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Domain;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Contracts;

namespace Klachten.Modules.Handling.Application.AssignOfficer;

internal sealed class AssignOfficerCommandHandler(
    IHandlingCaseRepository cases, ICurrentUser user, IStaffDirectory staff, IOutbox outbox, IAuditTrail audit, TimeProvider timeProvider)
    : ICommandHandler<AssignOfficerCommand, CaseStepResult>
{
    public async Task<CaseStepResult> Handle(AssignOfficerCommand command, CancellationToken cancellationToken)
    {
        var officer = command.Officer?.Trim();
        var selfAssignment = officer is null || string.Equals(officer, user.UserName, StringComparison.OrdinalIgnoreCase);
        if (!user.IsInRole(Roles.QualityManager))
        {
            if (!user.IsInRole(Roles.ComplaintsOfficer) || !selfAssignment)
            {
                throw new ForbiddenException("Only the quality manager assigns a case to someone else; an officer can only take a case.");
            }
        }
        else if (officer is null)
        {
            if (!user.IsInRole(Roles.ComplaintsOfficer))
            {
                throw new RequestValidationException(new Dictionary<string, string[]>
                {
                    ["officer"] = ["Name the complaints officer to assign."],
                });
            }
        }

        officer ??= user.UserName;
        var handlingCase = await cases.GetForUpdateAsync(command.ComplaintId, cancellationToken);
        // An officer taking a case shows the role in their login; anyone else must be a complaints officer in the staff directory.
        var takesItThemselves = selfAssignment && user.IsInRole(Roles.ComplaintsOfficer);
        if (!takesItThemselves && !staff.HasRole(officer, Roles.ComplaintsOfficer))
        {
            throw new DomainRuleException("not_a_complaints_officer",
                $"'{officer}' is not a complaints officer in the staff directory; choose one from GET /api/staff?role=ComplaintsOfficer.",
                RuleKind.Unprocessable);
        }

        // The quality manager naming themselves is an assignment, not a take-over.
        var assignment = handlingCase.Assign(officer, user.UserName,
            selfAssignment && !user.IsInRole(Roles.QualityManager), timeProvider.GetUtcNow());
        await cases.SaveAsync(handlingCase, cancellationToken);
        await outbox.EnqueueAsync(new HandlerAssigned(handlingCase.ComplaintId, assignment.Officer, assignment.PreviousOfficer,
            assignment.AssignedAt, assignment.AssignedBy), cancellationToken);
        await audit.RecordAsync(new AuditEntry(CaseAccess.Module, "OfficerAssigned", CaseAccess.Subject, handlingCase.ComplaintId.ToString(),
            new { assignment.Officer, assignment.PreviousOfficer }), cancellationToken);
        return CaseStepResult.Of(handlingCase);
    }
}
