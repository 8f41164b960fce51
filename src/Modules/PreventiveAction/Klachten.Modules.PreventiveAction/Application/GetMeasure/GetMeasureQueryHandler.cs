using System.Text.Json;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Npgsql;

namespace Klachten.Modules.PreventiveAction.Application.GetMeasure;

/// <summary>
/// The whole measure with its history, for the quality manager, management and its owner; every read (and refusal) is audited.
/// </summary>
internal sealed class GetMeasureQueryHandler(NpgsqlDataSource dataSource, ICurrentUser user, IAuditTrail audit, TimeProvider timeProvider)
    : IQueryHandler<GetMeasureQuery, MeasureDetailsDto>
{
    private const string Sql = """
        SELECT * FROM preventive_action.measures WHERE id = @Id;
        SELECT step, note, details::text AS details, occurred_at, actor FROM preventive_action.measure_history WHERE measure_id = @Id ORDER BY id;
        SELECT s.id, s.topic, s.held_on, s.trainer, s.participants, s.attendance_recorded_at IS NOT NULL AS held
            FROM preventive_action.training_sessions s WHERE s.measure_id = @Id ORDER BY s.held_on, s.id;
        SELECT id, kind, recipient_email, subject, status, created_at, sent_at, attempts, last_error
            FROM preventive_action.correspondence WHERE measure_id = @Id ORDER BY created_at;
        """;

    public async Task<MeasureDetailsDto> Handle(GetMeasureQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(Sql, new { Id = query.MeasureId },
            cancellationToken: cancellationToken));
        var row = await results.ReadSingleOrDefaultAsync<Row>() ?? throw new NotFoundException("Measure", query.MeasureId);
        if (!MeasureAccess.SeesAll(user) && !MeasureAccess.Owns(user, row.Owner))
        {
            await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "MeasureReadRefused", MeasureAccess.Subject, row.Id.ToString()),
                cancellationToken);
            MeasureAccess.EnsureMayRead(user, row.Id, row.Owner);
        }

        var history = (await results.ReadAsync<HistoryRow>()).Select(h => new HistoryEntryDto(h.Step, h.Note,
            h.Details is null ? null : JsonDocument.Parse(h.Details).RootElement.Clone(), h.OccurredAt, h.Actor)).ToList();
        var sessions = (await results.ReadAsync<SessionRow>())
            .Select(s => new SessionSummaryDto(s.Id, s.Topic, s.HeldOn, s.Trainer, s.Participants, s.Held)).ToList();
        var correspondence = (await results.ReadAsync<CorrespondenceDto>()).ToList();
        await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "MeasureRead", MeasureAccess.Subject, row.Id.ToString()),
            cancellationToken);

        var today = AmsterdamDate.Of(timeProvider.GetUtcNow());
        return new MeasureDetailsDto(row.Id, row.Reference, row.Title, row.Description, row.Kind, row.Status,
            new AddressedDto(row.RecommendationId, row.SourceAnalysisYear, row.SourceAnalysisVersion, row.Categories, row.RootCauses),
            row.FollowUpOf, row.FollowUpId, row.ProposedBy, row.ProposedAt,
            row.Decision is { } decision
                ? new DecisionDto(decision, row.DecisionReasoning!, row.DecisionAnalysisYear, row.DecisionAnalysisVersion,
                    row.DecisionMeetingId, row.DecidedBy!, row.DecidedAt!.Value)
                : null,
            row.Owner is { } owner ? new PlanDto(owner, row.DueOn!.Value, row.ReviewOn!.Value, row.StartedBy!, row.StartedAt!.Value) : null,
            row.Status == "InProgress" && row.DueOn < today,
            row.Result is { } result ? new CompletionDto(result, row.CompletedOn!.Value, row.CompletedBy!, row.CompletedAt!.Value) : null,
            row.Effectiveness is { } verdict
                ? new EffectivenessReviewDto(verdict, row.ReviewNotes!,
                    new PeriodDto(row.BeforeFrom!.Value, row.BeforeTo!.Value, row.ReceivedBefore!.Value, row.UpheldBefore!.Value),
                    new PeriodDto(row.AfterFrom!.Value, row.AfterTo!.Value, row.ReceivedAfter!.Value, row.UpheldAfter!.Value),
                    row.ReviewedBy!, row.ReviewedAt!.Value)
                : null,
            row.CancelReason is { } reason ? new CancellationDto(reason, row.CancelledBy!, row.CancelledAt!.Value) : null,
            history, sessions, correspondence);
    }

    private sealed class HistoryRow
    {
        public string Step { get; init; } = "";
        public string? Note { get; init; }
        public string? Details { get; init; }
        public DateTimeOffset OccurredAt { get; init; }
        public string Actor { get; init; } = "";
    }

    private sealed class SessionRow
    {
        public Guid Id { get; init; }
        public string Topic { get; init; } = "";
        public DateOnly HeldOn { get; init; }
        public string Trainer { get; init; } = "";
        public string[] Participants { get; init; } = [];
        public bool Held { get; init; }
    }

    private sealed class Row
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
    }
}
