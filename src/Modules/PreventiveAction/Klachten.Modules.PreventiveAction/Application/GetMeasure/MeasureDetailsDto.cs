using System.Text.Json;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.GetMeasure;

/// <summary>AllowedActions: the steps the caller may take now (decide, start, recordProgress, complete, reviewEffectiveness, cancel,
/// proposeFollowUp, planSession), so that a screen offers only those; a step may still be refused for what it is given.</summary>
internal sealed record MeasureDetailsDto(
    Guid Id,
    string Reference,
    string Title,
    string Description,
    [property: OneOf(typeof(MeasureKind))] string Kind,
    [property: OneOf(typeof(MeasureStatus))] string Status,
    AddressedDto Addresses,
    Guid? FollowUpOf,
    Guid? FollowUpId,
    string ProposedBy,
    DateTimeOffset ProposedAt,
    MeasureDecisionDto? Decision,
    PlanDto? Plan,
    bool Overdue,
    CompletionDto? Completion,
    EffectivenessReviewDto? EffectivenessReview,
    CancellationDto? Cancellation,
    IReadOnlyList<HistoryEntryDto> History,
    IReadOnlyList<SessionSummaryDto> Sessions,
    IReadOnlyList<MeasureCorrespondenceDto> Correspondence,
    [property: OneOf(typeof(MeasureActions))] IReadOnlyList<string> AllowedActions);

internal sealed record AddressedDto(Guid? RecommendationId, int? AnalysisYear, int? AnalysisVersion, IReadOnlyList<string> Categories,
    IReadOnlyList<string> RootCauses);

internal sealed record MeasureDecisionDto(string Decision, string Reasoning, int? AnalysisYear, int? AnalysisVersion, Guid? MeetingId,
    string DecidedBy, DateTimeOffset DecidedAt);

internal sealed record PlanDto(string Owner, DateOnly DueOn, DateOnly ReviewOn, string StartedBy, DateTimeOffset StartedAt);

internal sealed record CompletionDto(string Result, DateOnly CompletedOn, string CompletedBy, DateTimeOffset CompletedAt);

internal sealed record PeriodDto(DateOnly From, DateOnly To, int Received, int Upheld);

internal sealed record EffectivenessReviewDto(string Effectiveness, string Notes, PeriodDto Before, PeriodDto After, string ReviewedBy,
    DateTimeOffset ReviewedAt);

internal sealed record CancellationDto(string Reason, string CancelledBy, DateTimeOffset CancelledAt);

internal sealed record HistoryEntryDto(string Step, string? Note, JsonElement? Details, DateTimeOffset OccurredAt, string Actor);

internal sealed record SessionSummaryDto(Guid Id, string Topic, DateOnly HeldOn, string Trainer, IReadOnlyList<string> Participants,
    bool Held);

internal sealed record MeasureCorrespondenceDto
{
    public Guid Id { get; init; }
    [OneOf(typeof(CorrespondenceKind))]
    public string Kind { get; init; } = "";
    public string RecipientEmail { get; init; } = "";
    public string Subject { get; init; } = "";
    [OneOf(typeof(CorrespondenceStatus))]
    public string Status { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    public int Attempts { get; init; }
    public string? LastError { get; init; }
}
