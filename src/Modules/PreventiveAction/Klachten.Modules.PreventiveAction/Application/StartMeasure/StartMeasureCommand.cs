using System.ComponentModel.DataAnnotations;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.StartMeasure;

/// <summary>Plans an approved measure: its owner (a colleague's user name), due date and effectiveness review date.</summary>
internal sealed record StartMeasureCommand(Guid MeasureId, string Owner, DateOnly DueOn, DateOnly ReviewOn) : ICommand<MeasureStepResult>;

/// <summary>The plan as sent, checked by <see cref="StartMeasureCommandValidator"/>.</summary>
internal sealed record StartRequest(
    [property: Required] string? Owner, [property: Required, TextForm(TextForm.Date)] string? DueOn,
    [property: Required, TextForm(TextForm.Date)] string? ReviewOn)
{
    public StartMeasureCommand ToCommand(Guid measureId) =>
        new(measureId, RequestText.Required(Owner), RequestText.Date(DueOn), RequestText.Date(ReviewOn));
}
