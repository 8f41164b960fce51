using System.ComponentModel.DataAnnotations;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Application.Abstractions;

namespace Klachten.Modules.Handling.Application.CloseCase;

internal sealed record CloseCaseCommand(Guid ComplaintId, bool ComplainantSatisfied) : ICommand<CaseStepResult>;

/// <summary>The closure as sent, checked by <see cref="CloseCaseCommandValidator"/>.</summary>
internal sealed record ClosureRequest([property: Required] bool? ComplainantSatisfied)
{
    public CloseCaseCommand ToCommand(Guid complaintId) => new(complaintId, ComplainantSatisfied!.Value);
}
