using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.StartMeasure;

/// <summary>Plans an approved measure: its owner (a colleague's user name), due date and effectiveness review date (yyyy-MM-dd).</summary>
internal sealed record StartMeasureCommand(Guid MeasureId, string? Owner, string? DueOn, string? ReviewOn) : ICommand<MeasureStepResult>;
