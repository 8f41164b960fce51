using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.ProposeFollowUp;

/// <summary>A follow-up of a measure judged not effective; title, description and kind default to the original's.</summary>
internal sealed record ProposeFollowUpCommand(Guid MeasureId, string? Title, string? Description,
    string? Kind) : ICommand<MeasureStepResult>;
