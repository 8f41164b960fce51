using System.Text.Json;
using System.Text.Json.Serialization;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Application.GetMeasure;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Infrastructure.Persistence;

internal sealed class MeasureRepository(IDbSession session, IResourceVersion version) : IMeasureRepository
{
    private const string NextNumberSql = """
        INSERT INTO preventive_action.reference_counters (year, last_number) VALUES (@Year, 1)
        ON CONFLICT (year) DO UPDATE SET last_number = reference_counters.last_number + 1
        RETURNING last_number
        """;

    private const string InsertSql = """
        INSERT INTO preventive_action.measures
            (id, reference, reference_year, title, description, kind, recommendation_id, source_analysis_year, source_analysis_version,
             categories, root_causes, follow_up_of, proposed_by, proposed_at, status, version)
        VALUES (@Id, @Reference, @ReferenceYear, @Title, @Description, @Kind, @RecommendationId, @SourceAnalysisYear,
             @SourceAnalysisVersion, @Categories, @RootCauses, @FollowUpOf, @ProposedBy, @ProposedAt, @Status, 1)
        """;

    private const string SelectForUpdateSql = "SELECT * FROM preventive_action.measures WHERE id = @Id FOR UPDATE";

    // A meeting's read shows the status of the measures on its agenda and the decisions taken in it: a step that changes either
    // gives those meetings a new version too (ADR 0018), the one the decision names now and the one it named before. The lock
    // order is the measure's row, then the meetings' (AddAgendaItem and DecideMeasure take them in that order as well).
    private const string UpdateSql = """
        WITH before AS (
            SELECT status, decision_meeting_id, decided_at FROM preventive_action.measures WHERE id = @Id
        ), updated AS (
            UPDATE preventive_action.measures SET
            status = @Status, decision = @Decision, decision_reasoning = @DecisionReasoning,
            decision_analysis_year = @DecisionAnalysisYear, decision_analysis_version = @DecisionAnalysisVersion,
            decision_meeting_id = @DecisionMeetingId, decided_by = @DecidedBy, decided_at = @DecidedAt,
            owner = @Owner, due_on = @DueOn, review_on = @ReviewOn, started_by = @StartedBy, started_at = @StartedAt,
            result = @Result, completed_on = @CompletedOn, completed_by = @CompletedBy, completed_at = @CompletedAt,
            effectiveness = @Effectiveness, review_notes = @ReviewNotes,
            before_from = @BeforeFrom, before_to = @BeforeTo, received_before = @ReceivedBefore, upheld_before = @UpheldBefore,
            after_from = @AfterFrom, after_to = @AfterTo, received_after = @ReceivedAfter, upheld_after = @UpheldAfter,
            reviewed_by = @ReviewedBy, reviewed_at = @ReviewedAt,
            cancel_reason = @CancelReason, cancelled_by = @CancelledBy, cancelled_at = @CancelledAt,
            follow_up_id = @FollowUpId, version = version + 1
            WHERE id = @Id AND version = @Version
            RETURNING id, status, decision_meeting_id, decided_at
        ), meetings AS (
            UPDATE preventive_action.meetings m SET version = m.version + 1
            FROM updated u, before b
            WHERE (u.status IS DISTINCT FROM b.status OR u.decided_at IS DISTINCT FROM b.decided_at)
              AND (m.id = u.decision_meeting_id OR m.id = b.decision_meeting_id
                   OR m.id IN (SELECT i.meeting_id FROM preventive_action.meeting_agenda_items i WHERE i.measure_id = u.id))
        )
        SELECT count(*)::int FROM updated
        """;

    private const string InsertStepsSql = """
        INSERT INTO preventive_action.measure_history (measure_id, step, note, details, occurred_at, actor)
        SELECT @MeasureId, step, note, details::jsonb, occurred_at, actor
        FROM unnest(@Steps::text[], @Notes::text[], @Details::text[], @OccurredAts::timestamptz[], @Actors::text[])
             WITH ORDINALITY AS s(step, note, details, occurred_at, actor, position)
        ORDER BY position
        """;

    // Enums by name, as the audit trail writes them: the history is read by people.
    private static readonly JsonSerializerOptions DetailsOptions =
        new(JsonSerializerOptions.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<string> NextReferenceAsync(int year, CancellationToken cancellationToken)
    {
        var number = await session.Connection.ExecuteScalarAsync<int>(new CommandDefinition(NextNumberSql, new { Year = year },
            session.Transaction, cancellationToken: cancellationToken));
        return MeasureReference.Format(year, number);
    }

    public async Task AddAsync(Measure measure, CancellationToken cancellationToken)
    {
        await session.Connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            measure.Id,
            measure.Reference,
            ReferenceYear = int.Parse(measure.Reference.AsSpan(3, 4), System.Globalization.CultureInfo.InvariantCulture),
            measure.Title,
            measure.Description,
            Kind = measure.Kind.ToString(),
            measure.Addressed.RecommendationId,
            SourceAnalysisYear = measure.Addressed.Analysis?.Year,
            SourceAnalysisVersion = measure.Addressed.Analysis?.Version,
            Categories = measure.Addressed.Categories.ToArray(),
            RootCauses = measure.Addressed.RootCauses.ToArray(),
            measure.FollowUpOf,
            measure.ProposedBy,
            measure.ProposedAt,
            Status = measure.Status.ToString(),
        }, session.Transaction, cancellationToken: cancellationToken));
        await InsertStepsAsync(measure, cancellationToken);
    }

    public async Task<Measure> GetForUpdateAsync(Guid id, CancellationToken cancellationToken)
    {
        var measure = await LockAsync(id, cancellationToken);
        version.EnsureCurrent(measure.Version, $"Measure {measure.Reference}");
        return measure;
    }

    public async Task<Measure> LockAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await session.Connection.QuerySingleOrDefaultAsync<MeasureRow>(new CommandDefinition(SelectForUpdateSql, new { Id = id },
            session.Transaction, cancellationToken: cancellationToken)) ?? throw new NotFoundException("Measure", id);
        return row.ToMeasure();
    }

    public async Task SaveAsync(Measure measure, CancellationToken cancellationToken)
    {
        var expected = version.ExpectedOr(measure.Version);
        var updated = await session.Connection.ExecuteScalarAsync<int>(new CommandDefinition(UpdateSql, new
        {
            measure.Id,
            Version = expected,
            Status = measure.Status.ToString(),
            Decision = measure.Decision?.Decision.ToString(),
            DecisionReasoning = measure.Decision?.Reasoning,
            DecisionAnalysisYear = measure.Decision?.Analysis?.Year,
            DecisionAnalysisVersion = measure.Decision?.Analysis?.Version,
            DecisionMeetingId = measure.Decision?.MeetingId,
            measure.Decision?.DecidedBy,
            measure.Decision?.DecidedAt,
            measure.Plan?.Owner,
            measure.Plan?.DueOn,
            measure.Plan?.ReviewOn,
            measure.Plan?.StartedBy,
            measure.Plan?.StartedAt,
            measure.Completion?.Result,
            measure.Completion?.CompletedOn,
            measure.Completion?.CompletedBy,
            measure.Completion?.CompletedAt,
            Effectiveness = measure.Review?.Verdict.ToString(),
            ReviewNotes = measure.Review?.Notes,
            BeforeFrom = measure.Review?.Before.Period.From,
            BeforeTo = measure.Review?.Before.Period.To,
            ReceivedBefore = measure.Review?.Before.Received,
            UpheldBefore = measure.Review?.Before.Upheld,
            AfterFrom = measure.Review?.After.Period.From,
            AfterTo = measure.Review?.After.Period.To,
            ReceivedAfter = measure.Review?.After.Received,
            UpheldAfter = measure.Review?.After.Upheld,
            measure.Review?.ReviewedBy,
            measure.Review?.ReviewedAt,
            CancelReason = measure.Cancellation?.Reason,
            measure.Cancellation?.CancelledBy,
            measure.Cancellation?.CancelledAt,
            measure.FollowUpId,
        }, session.Transaction, cancellationToken: cancellationToken));
        if (updated == 0)
        {
            throw version.Expected is null
                ? new ConcurrencyConflictException($"Measure {measure.Reference} was changed by someone else; reload it and try again.")
                : ResourceVersionRules.Stale($"Measure {measure.Reference}");
        }

        version.Answer(expected + 1);

        await InsertStepsAsync(measure, cancellationToken);
    }

    private Task InsertStepsAsync(Measure measure, CancellationToken cancellationToken) =>
        measure.NewSteps.Count == 0
            ? Task.CompletedTask
            : session.Connection.ExecuteAsync(new CommandDefinition(InsertStepsSql, new
            {
                MeasureId = measure.Id,
                Steps = measure.NewSteps.Select(s => s.Step).ToArray(),
                Notes = measure.NewSteps.Select(s => s.Note).ToArray(),
                Details = measure.NewSteps.Select(s => s.Details is null ? null : JsonSerializer.Serialize(s.Details,
                DetailsOptions)).ToArray(), OccurredAts = measure.NewSteps.Select(s => s.At.UtcDateTime).ToArray(),
                Actors = measure.NewSteps.Select(s => s.By).ToArray(),
            }, session.Transaction, cancellationToken: cancellationToken));
}
