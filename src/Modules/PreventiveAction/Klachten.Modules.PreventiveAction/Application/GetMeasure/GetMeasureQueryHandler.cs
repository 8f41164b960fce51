using System.Text.Json;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Application.ListSessions;
using Npgsql;

namespace Klachten.Modules.PreventiveAction.Application.GetMeasure;

/// <summary>
/// The whole measure with its history, for the quality manager, management and its owner; every read (and refusal) is audited.
/// </summary>
internal sealed class GetMeasureQueryHandler(NpgsqlDataSource dataSource, ICurrentUser user, IAuditTrail audit, TimeProvider timeProvider,
    IResourceVersion version)
    : IQueryHandler<GetMeasureQuery, MeasureDetailsDto>
{
    private const string Sql = """
        SELECT * FROM preventive_action.measures WHERE id = @Id;
        SELECT step, note, details::text AS details, occurred_at, actor
            FROM preventive_action.measure_history WHERE measure_id = @Id ORDER BY id;
        SELECT * FROM preventive_action.training_sessions WHERE measure_id = @Id ORDER BY held_on, id;
        SELECT id, kind, recipient_email, subject, status, created_at, sent_at, attempts, last_error
            FROM preventive_action.correspondence WHERE measure_id = @Id ORDER BY created_at;
        """;

    public async Task<MeasureDetailsDto> Handle(GetMeasureQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(Sql, new { Id = query.MeasureId },
            cancellationToken: cancellationToken));
        var row = await results.ReadSingleOrDefaultAsync<MeasureRow>() ?? throw new NotFoundException("Measure", query.MeasureId);
        if (!MeasureAccess.SeesAll(user) && !MeasureAccess.Owns(user, row.Owner))
        {
            await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "MeasureReadRefused", MeasureAccess.Subject, row.Id.ToString()),
                cancellationToken);
            MeasureAccess.EnsureMayRead(user, row.Id, row.Owner);
        }

        var history = (await results.ReadAsync<HistoryRow>()).Select(h => new HistoryEntryDto(h.Step, h.Note,
            h.Details is null ? null : JsonDocument.Parse(h.Details).RootElement.Clone(), h.OccurredAt, h.Actor)).ToList();
        var sessions = (await results.ReadAsync<TrainingSessionRow>())
            .Select(s => new SessionSummaryDto(s.Id, s.Topic, s.HeldOn, s.Trainer, s.Participants, s.AttendanceRecordedAt is not null))
            .ToList();
        var correspondence = (await results.ReadAsync<MeasureCorrespondenceDto>()).ToList();
        await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "MeasureRead", MeasureAccess.Subject, row.Id.ToString()),
            cancellationToken);

        version.Answer(row.Version);
        var today = AmsterdamDate.Of(timeProvider.GetUtcNow());
        return new MeasureDetailsDto(row.Id, row.Reference, row.Title, row.Description, row.Kind, row.Status,
            new AddressedDto(row.RecommendationId, row.SourceAnalysisYear, row.SourceAnalysisVersion, row.Categories, row.RootCauses),
            row.FollowUpOf, row.FollowUpId, row.ProposedBy, row.ProposedAt,
            row.Decision is { } decision
                ? new MeasureDecisionDto(decision, row.DecisionReasoning!, row.DecisionAnalysisYear, row.DecisionAnalysisVersion,
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
            history, sessions, correspondence,
            MeasureActions.For(user, row.ToMeasure(), today, MeasureActions.AllHeld([.. sessions.Select(s => s.Held)])));
    }

    private sealed class HistoryRow
    {
        public string Step { get; init; } = "";
        public string? Note { get; init; }
        public string? Details { get; init; }
        public DateTimeOffset OccurredAt { get; init; }
        public string Actor { get; init; } = "";
    }
}
