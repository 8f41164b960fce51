using System.Text.Json;
using Dapper;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.Modules.Analysis.Application.Abstractions;

namespace Klachten.Modules.Analysis.Infrastructure.Persistence;

/// <summary>
/// The upserts of the read model (analysis.complaint_facts). A batch travels as one jsonb array (jsonb_to_recordset), one
/// statement per event type. A row created by an event that came before its registration is a partial row: the
/// registration fills the rest later. The WHERE of each DO UPDATE is the latest-wins rule of that column group.
/// </summary>
internal sealed class ComplaintFacts(IDbSession session, TimeProvider timeProvider) : IComplaintFacts
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private const string RegisteredSql = """
        INSERT INTO analysis.complaint_facts AS f (complaint_id, reference, received_at, received_on, complainant_type, channel,
            collection_agent, file_key, acknowledgement_due_on, settlement_due_on, updated_at)
        SELECT r.complaint_id, r.reference, r.received_at, r.received_on, r.complainant_type, r.channel, r.collection_agent, r.file_key,
               r.acknowledgement_due_on, r.settlement_due_on, @Now
        FROM jsonb_to_recordset(@Rows::jsonb) AS r(complaint_id uuid, reference text, received_at timestamptz, received_on date,
            complainant_type text, channel text, collection_agent text, file_key text, acknowledgement_due_on date, settlement_due_on date)
        ON CONFLICT (complaint_id) DO UPDATE
        SET reference = excluded.reference, received_at = excluded.received_at, received_on = excluded.received_on,
            complainant_type = excluded.complainant_type, channel = excluded.channel, collection_agent = excluded.collection_agent,
            file_key = coalesce(excluded.file_key, f.file_key), acknowledgement_due_on = excluded.acknowledgement_due_on,
            settlement_due_on = excluded.settlement_due_on, updated_at = excluded.updated_at
        WHERE f.received_at IS NULL OR (f.file_key IS NULL AND excluded.file_key IS NOT NULL)
        """;

    private const string AcknowledgedSql = """
        INSERT INTO analysis.complaint_facts AS f (complaint_id, reference, acknowledged_at, acknowledged_on, updated_at)
        SELECT r.complaint_id, r.reference, r.acknowledged_at, r.acknowledged_on, @Now
        FROM jsonb_to_recordset(@Rows::jsonb) AS r(complaint_id uuid, reference text, acknowledged_at timestamptz, acknowledged_on date)
        ON CONFLICT (complaint_id) DO UPDATE
        SET reference = coalesce(f.reference, excluded.reference), acknowledged_at = excluded.acknowledged_at,
            acknowledged_on = excluded.acknowledged_on, updated_at = excluded.updated_at
        WHERE f.acknowledged_at IS NULL OR excluded.acknowledged_at > f.acknowledged_at
        """;

    private const string AcknowledgementBreachedSql = """
        INSERT INTO analysis.complaint_facts AS f (complaint_id, reference, acknowledgement_breached_at, updated_at)
        SELECT r.complaint_id, r.reference, r.recorded_at, @Now
        FROM jsonb_to_recordset(@Rows::jsonb) AS r(complaint_id uuid, reference text, recorded_at timestamptz)
        ON CONFLICT (complaint_id) DO UPDATE
        SET reference = coalesce(f.reference, excluded.reference), acknowledgement_breached_at = excluded.acknowledgement_breached_at,
            updated_at = excluded.updated_at
        WHERE f.acknowledgement_breached_at IS NULL
        """;

    private const string ClassifiedSql = """
        INSERT INTO analysis.complaint_facts AS f (complaint_id, reference, classification_version, categories, root_cause, updated_at)
        SELECT r.complaint_id, r.reference, r.version, r.categories, r.root_cause, @Now
        FROM jsonb_to_recordset(@Rows::jsonb) AS r(complaint_id uuid, reference text, version integer, categories text[], root_cause text)
        ON CONFLICT (complaint_id) DO UPDATE
        SET reference = coalesce(f.reference, excluded.reference), classification_version = excluded.classification_version,
            categories = excluded.categories, root_cause = excluded.root_cause, updated_at = excluded.updated_at
        WHERE excluded.classification_version > f.classification_version
        """;

    private const string AssignedSql = """
        INSERT INTO analysis.complaint_facts AS f (complaint_id, officer, officer_assigned_at, updated_at)
        SELECT r.complaint_id, r.officer, r.assigned_at, @Now
        FROM jsonb_to_recordset(@Rows::jsonb) AS r(complaint_id uuid, officer text, assigned_at timestamptz)
        ON CONFLICT (complaint_id) DO UPDATE
        SET officer = excluded.officer, officer_assigned_at = excluded.officer_assigned_at, updated_at = excluded.updated_at
        WHERE f.officer_assigned_at IS NULL OR excluded.officer_assigned_at > f.officer_assigned_at
        """;

    private const string ExtendedSql = """
        INSERT INTO analysis.complaint_facts AS f (complaint_id, reference, extended_at, extended_due_on, updated_at)
        SELECT r.complaint_id, r.reference, r.extended_at, r.new_due_on, @Now
        FROM jsonb_to_recordset(@Rows::jsonb) AS r(complaint_id uuid, reference text, extended_at timestamptz, new_due_on date)
        ON CONFLICT (complaint_id) DO UPDATE
        SET reference = coalesce(f.reference, excluded.reference), extended_at = excluded.extended_at,
            extended_due_on = excluded.extended_due_on, updated_at = excluded.updated_at
        WHERE f.extended_at IS NULL OR excluded.extended_at > f.extended_at
        """;

    private const string DecidedSql = """
        INSERT INTO analysis.complaint_facts AS f (complaint_id, reference, outcome, decision_officer, decision_letter_sent_at,
            decision_letter_sent_on, decision_due_on, received_on, updated_at)
        SELECT r.complaint_id, r.reference, r.outcome, r.officer, r.letter_sent_at, r.letter_sent_on, r.due_on, r.received_on, @Now
        FROM jsonb_to_recordset(@Rows::jsonb) AS r(complaint_id uuid, reference text, outcome text, officer text, letter_sent_at timestamptz,
            letter_sent_on date, due_on date, received_on date)
        ON CONFLICT (complaint_id) DO UPDATE
        SET reference = coalesce(f.reference, excluded.reference), outcome = excluded.outcome, decision_officer = excluded.decision_officer,
            decision_letter_sent_at = excluded.decision_letter_sent_at, decision_letter_sent_on = excluded.decision_letter_sent_on,
            decision_due_on = excluded.decision_due_on, received_on = coalesce(f.received_on, excluded.received_on),
            updated_at = excluded.updated_at
        WHERE f.decision_letter_sent_at IS NULL OR excluded.decision_letter_sent_at > f.decision_letter_sent_at
        """;

    private const string ReferredSql = """
        INSERT INTO analysis.complaint_facts AS f (complaint_id, reference, referral_submitted_on, referral_recorded_at, updated_at)
        SELECT r.complaint_id, r.reference, r.submitted_on, r.recorded_at, @Now
        FROM jsonb_to_recordset(@Rows::jsonb) AS r(complaint_id uuid, reference text, submitted_on date, recorded_at timestamptz)
        ON CONFLICT (complaint_id) DO UPDATE
        SET reference = coalesce(f.reference, excluded.reference), referral_submitted_on = excluded.referral_submitted_on,
            referral_recorded_at = excluded.referral_recorded_at, updated_at = excluded.updated_at
        WHERE f.referral_recorded_at IS NULL OR excluded.referral_recorded_at > f.referral_recorded_at
        """;

    private const string ReferralConcludedSql = """
        INSERT INTO analysis.complaint_facts AS f (complaint_id, reference, referral_submitted_on, referral_outcome, referral_decided_on, updated_at)
        SELECT r.complaint_id, r.reference, r.submitted_on, r.outcome, r.decided_on, @Now
        FROM jsonb_to_recordset(@Rows::jsonb) AS r(complaint_id uuid, reference text, submitted_on date, outcome text, decided_on date)
        ON CONFLICT (complaint_id) DO UPDATE
        SET reference = coalesce(f.reference, excluded.reference),
            referral_submitted_on = coalesce(f.referral_submitted_on, excluded.referral_submitted_on),
            referral_outcome = excluded.referral_outcome, referral_decided_on = excluded.referral_decided_on, updated_at = excluded.updated_at
        WHERE f.referral_decided_on IS NULL OR excluded.referral_decided_on > f.referral_decided_on
        """;

    private const string SettlementBreachedSql = """
        INSERT INTO analysis.complaint_facts AS f (complaint_id, reference, settlement_breached_at, updated_at)
        SELECT r.complaint_id, r.reference, r.recorded_at, @Now
        FROM jsonb_to_recordset(@Rows::jsonb) AS r(complaint_id uuid, reference text, recorded_at timestamptz)
        ON CONFLICT (complaint_id) DO UPDATE
        SET reference = coalesce(f.reference, excluded.reference), settlement_breached_at = excluded.settlement_breached_at,
            updated_at = excluded.updated_at
        WHERE f.settlement_breached_at IS NULL
        """;

    private const string ClosedSql = """
        INSERT INTO analysis.complaint_facts AS f (complaint_id, reference, closed_at, closed_on, complainant_satisfied, updated_at)
        SELECT r.complaint_id, r.reference, r.closed_at, r.closed_on, r.complainant_satisfied, @Now
        FROM jsonb_to_recordset(@Rows::jsonb) AS r(complaint_id uuid, reference text, closed_at timestamptz, closed_on date,
            complainant_satisfied boolean)
        ON CONFLICT (complaint_id) DO UPDATE
        SET reference = coalesce(f.reference, excluded.reference), closed_at = excluded.closed_at, closed_on = excluded.closed_on,
            complainant_satisfied = excluded.complainant_satisfied, updated_at = excluded.updated_at
        WHERE f.closed_at IS NULL OR excluded.closed_at > f.closed_at
        """;

    public Task RegisteredAsync(IReadOnlyList<RegistrationFact> facts, CancellationToken cancellationToken) =>
        UpsertAsync(RegisteredSql, facts, cancellationToken);

    public Task AcknowledgedAsync(IReadOnlyList<AcknowledgementFact> facts, CancellationToken cancellationToken) =>
        UpsertAsync(AcknowledgedSql, facts, cancellationToken);

    public Task AcknowledgementBreachedAsync(IReadOnlyList<BreachFact> facts, CancellationToken cancellationToken) =>
        UpsertAsync(AcknowledgementBreachedSql, facts, cancellationToken);

    public Task ClassifiedAsync(IReadOnlyList<ClassificationFact> facts, CancellationToken cancellationToken) =>
        UpsertAsync(ClassifiedSql, facts, cancellationToken);

    public Task AssignedAsync(IReadOnlyList<AssignmentFact> facts, CancellationToken cancellationToken) =>
        UpsertAsync(AssignedSql, facts, cancellationToken);

    public Task ExtendedAsync(IReadOnlyList<ExtensionFact> facts, CancellationToken cancellationToken) =>
        UpsertAsync(ExtendedSql, facts, cancellationToken);

    public Task DecidedAsync(IReadOnlyList<DecisionFact> facts, CancellationToken cancellationToken) =>
        UpsertAsync(DecidedSql, facts, cancellationToken);

    public Task ReferredAsync(IReadOnlyList<ReferralFact> facts, CancellationToken cancellationToken) =>
        UpsertAsync(ReferredSql, facts, cancellationToken);

    public Task ReferralConcludedAsync(IReadOnlyList<ReferralOutcomeFact> facts, CancellationToken cancellationToken) =>
        UpsertAsync(ReferralConcludedSql, facts, cancellationToken);

    public Task SettlementBreachedAsync(IReadOnlyList<BreachFact> facts, CancellationToken cancellationToken) =>
        UpsertAsync(SettlementBreachedSql, facts, cancellationToken);

    public Task ClosedAsync(IReadOnlyList<ClosureFact> facts, CancellationToken cancellationToken) =>
        UpsertAsync(ClosedSql, facts, cancellationToken);

    private async Task UpsertAsync<TFact>(string sql, IReadOnlyList<TFact> facts, CancellationToken cancellationToken)
    {
        if (facts.Count == 0)
        {
            return;
        }

        // Sorted by key: two batches that touch the same complaints lock their rows in the same order (no deadlock).
        await session.Connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            Rows = JsonSerializer.Serialize(facts, Json),
            Now = timeProvider.GetUtcNow(),
        }, session.Transaction, cancellationToken: cancellationToken));
    }
}
