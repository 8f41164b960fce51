using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.GetMeasure;

/// <summary>
/// A row of preventive_action.measures, the one type for that table: the details and the meeting pack read it, the repository
/// restores the aggregate from it (a query that selects some columns leaves the others at their defaults).
/// </summary>
internal sealed class MeasureRow
{
    public Guid Id { get; init; }
    public string Reference { get; init; } = "";
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public string Kind { get; init; } = "";
    public Guid? RecommendationId { get; init; }
    public int? SourceAnalysisYear { get; init; }
    public int? SourceAnalysisVersion { get; init; }
    public string[] Categories { get; init; } = [];
    public string[] RootCauses { get; init; } = [];
    public Guid? FollowUpOf { get; init; }
    public string ProposedBy { get; init; } = "";
    public DateTimeOffset ProposedAt { get; init; }
    public string Status { get; init; } = "";
    public string? Decision { get; init; }
    public string? DecisionReasoning { get; init; }
    public int? DecisionAnalysisYear { get; init; }
    public int? DecisionAnalysisVersion { get; init; }
    public Guid? DecisionMeetingId { get; init; }
    public string? DecidedBy { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public string? Owner { get; init; }
    public DateOnly? DueOn { get; init; }
    public DateOnly? ReviewOn { get; init; }
    public string? StartedBy { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public string? Result { get; init; }
    public DateOnly? CompletedOn { get; init; }
    public string? CompletedBy { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public string? Effectiveness { get; init; }
    public string? ReviewNotes { get; init; }
    public DateOnly? BeforeFrom { get; init; }
    public DateOnly? BeforeTo { get; init; }
    public int? ReceivedBefore { get; init; }
    public int? UpheldBefore { get; init; }
    public DateOnly? AfterFrom { get; init; }
    public DateOnly? AfterTo { get; init; }
    public int? ReceivedAfter { get; init; }
    public int? UpheldAfter { get; init; }
    public string? ReviewedBy { get; init; }
    public DateTimeOffset? ReviewedAt { get; init; }
    public string? CancelReason { get; init; }
    public string? CancelledBy { get; init; }
    public DateTimeOffset? CancelledAt { get; init; }
    public Guid? FollowUpId { get; init; }
    public int Version { get; init; }

    /// <summary>The aggregate this row stores (no rule runs): the repository loads it, the details ask it what may happen next.</summary>
    public Measure ToMeasure() => Measure.Restore(
        Id, Reference, Title, Description, Enum.Parse<MeasureKind>(Kind),
        new Addressed(RecommendationId, Analysis(SourceAnalysisYear, SourceAnalysisVersion), Categories, RootCauses),
        FollowUpOf, ProposedBy, ProposedAt, Enum.Parse<MeasureStatus>(Status),
        Decision is { } decision
            ? new DecisionRecord(Enum.Parse<MeasureDecision>(decision), DecisionReasoning!,
                Analysis(DecisionAnalysisYear, DecisionAnalysisVersion), DecisionMeetingId, DecidedBy!,
                DecidedAt!.Value)
            : null,
        Owner is { } owner ? new Plan(owner, DueOn!.Value, ReviewOn!.Value, StartedBy!, StartedAt!.Value) : null,
        Result is { } result ? new Completion(result, CompletedOn!.Value, CompletedBy!, CompletedAt!.Value) : null,
        Effectiveness is { } verdict
            ? new EffectivenessReview(Enum.Parse<Effectiveness>(verdict), ReviewNotes!,
                new PeriodCount(new Period(BeforeFrom!.Value, BeforeTo!.Value), ReceivedBefore!.Value, UpheldBefore!.Value),
                new PeriodCount(new Period(AfterFrom!.Value, AfterTo!.Value), ReceivedAfter!.Value, UpheldAfter!.Value),
                ReviewedBy!, ReviewedAt!.Value)
            : null,
        CancelReason is { } reason ? new Cancellation(reason, CancelledBy!, CancelledAt!.Value) : null,
        FollowUpId, Version);

    private static AnalysisReference? Analysis(int? year, int? version) =>
        year is { } y && version is { } v ? new AnalysisReference(y, v) : null;
}
