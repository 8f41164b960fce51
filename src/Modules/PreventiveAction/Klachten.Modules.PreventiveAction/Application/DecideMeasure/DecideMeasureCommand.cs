using System.ComponentModel.DataAnnotations;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.DecideMeasure;

/// <summary>Management's decision; <see cref="Analysis"/> is the published yearly analysis it rests on (required to approve).</summary>
internal sealed record DecideMeasureCommand(
    Guid MeasureId, MeasureDecision Decision, string Reasoning, AnalysisReference? Analysis, Guid? MeetingId)
    : ICommand<MeasureStepResult>;

/// <summary>The decision as sent, checked by <see cref="DecideMeasureCommandValidator"/>.</summary>
internal sealed record MeasureDecisionRequest(
    [property: Required, OneOf(typeof(MeasureDecision))] string? Decision, [property: Required] string? Reasoning, int? AnalysisYear,
    int? AnalysisVersion, string? MeetingId)
{
    public DecideMeasureCommand ToCommand(Guid measureId) =>
        new(measureId, EnumNames.Parse<MeasureDecision>(Decision), RequestText.Required(Reasoning),
            AnalysisYear is { } year && AnalysisVersion is { } version ? new AnalysisReference(year, version) : null,
            RequestText.OptionalGuid(MeetingId));
}
