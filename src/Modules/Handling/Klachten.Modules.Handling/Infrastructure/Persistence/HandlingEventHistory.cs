using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Contracts;
using Npgsql;

namespace Klachten.Modules.Handling.Infrastructure.Persistence;

/// <summary>
/// Handling's history for projections (ADR 0014): per case, the events its current state stands for (the latest assignment,
/// the extension, the sent decision, the referral and its outcome, the breach, the closure), rebuilt from handling.cases.
/// </summary>
internal sealed class HandlingEventHistory(NpgsqlDataSource dataSource) : IIntegrationEventHistory
{
    private const string PageSql = """
        SELECT c.complaint_id, c.reference, c.officer, a.previous_officer, a.assigned_at, a.assigned_by,
               c.extension_previous_due_on, c.extension_new_due_on, c.extension_reason, c.extended_at, c.extended_by,
               c.decision_outcome, c.decided_at, c.decided_by, c.letter_sent_at, c.letter_sent_on, c.received_on, c.due_on,
               c.decided_in_time, c.referral_body, c.referral_case_number, c.referral_submitted_on, c.referral_recorded_at,
               c.referral_outcome, c.referral_decided_on, c.breach_recorded_at, c.complainant_satisfied, c.closed_at, c.closed_by
        FROM handling.cases c
        LEFT JOIN LATERAL (
            SELECT previous_officer, assigned_at, assigned_by FROM handling.assignments
            WHERE complaint_id = c.complaint_id ORDER BY id DESC LIMIT 1) a ON true
        WHERE @After::uuid IS NULL OR c.complaint_id > @After::uuid
        ORDER BY c.complaint_id
        LIMIT @Limit
        """;

    private sealed record Row(
        Guid ComplaintId, string Reference, string? Officer, string? PreviousOfficer, DateTimeOffset? AssignedAt, string? AssignedBy,
        DateOnly? ExtensionPreviousDueOn, DateOnly? ExtensionNewDueOn, string? ExtensionReason, DateTimeOffset? ExtendedAt, string? ExtendedBy,
        string? DecisionOutcome, DateTimeOffset? DecidedAt, string? DecidedBy, DateTimeOffset? LetterSentAt, DateOnly? LetterSentOn,
        DateOnly ReceivedOn, DateOnly DueOn, bool? DecidedInTime, string? ReferralBody, string? ReferralCaseNumber, DateOnly? ReferralSubmittedOn,
        DateTimeOffset? ReferralRecordedAt, string? ReferralOutcome, DateOnly? ReferralDecidedOn, DateTimeOffset? BreachRecordedAt,
        bool? ComplainantSatisfied, DateTimeOffset? ClosedAt, string? ClosedBy);

    public string Module => HandlingContracts.ModuleName;

    public async Task<IntegrationEventHistoryPage> ReadAsync(Guid? after, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition(PageSql, new { After = after, Limit = limit },
            cancellationToken: cancellationToken))).ToList();
        var events = new List<object>();
        foreach (var r in rows)
        {
            if (r is { Officer: { } officer, AssignedAt: { } assignedAt })
            {
                events.Add(new HandlerAssigned(r.ComplaintId, officer, r.PreviousOfficer, assignedAt, r.AssignedBy ?? ""));
            }

            if (r is { ExtensionPreviousDueOn: { } previousDueOn, ExtensionNewDueOn: { } newDueOn, ExtendedAt: { } extendedAt })
            {
                events.Add(new SettlementTermExtended(r.ComplaintId, r.Reference, previousDueOn, newDueOn, r.ExtensionReason ?? "", extendedAt,
                    r.ExtendedBy ?? ""));
            }

            if (r.BreachRecordedAt is { } breachedAt)
            {
                events.Add(new SettlementDeadlineBreached(r.ComplaintId, r.Reference, r.DueOn, r.Officer, breachedAt));
            }

            var outcome = r.DecisionOutcome is null ? (DecisionOutcome?)null : Enum.Parse<DecisionOutcome>(r.DecisionOutcome);
            if (outcome is { } decided && r is { LetterSentAt: { } sentAt, LetterSentOn: { } sentOn, DecidedAt: { } decidedAt })
            {
                events.Add(new ComplaintDecided(r.ComplaintId, r.Reference, decided, r.Officer ?? "", decidedAt, r.DecidedBy ?? "", sentAt, sentOn,
                    r.ReceivedOn, r.DueOn, r.ExtensionNewDueOn is not null, r.DecidedInTime ?? sentOn <= r.DueOn));
            }

            var referralOutcome = r.ReferralOutcome is null ? (ReferralOutcome?)null : Enum.Parse<ReferralOutcome>(r.ReferralOutcome);
            if (r is { ReferralSubmittedOn: { } submittedOn, ReferralRecordedAt: { } recordedAt })
            {
                events.Add(new ComplaintReferred(r.ComplaintId, r.Reference, r.ReferralBody ?? "", r.ReferralCaseNumber ?? "", submittedOn, recordedAt));
                if (referralOutcome is { } concluded && r.ReferralDecidedOn is { } referralDecidedOn)
                {
                    events.Add(new ReferralConcluded(r.ComplaintId, r.Reference, r.ReferralBody ?? "", concluded, submittedOn, referralDecidedOn));
                }
            }

            if (r is { ClosedAt: { } closedAt, ComplainantSatisfied: { } satisfied } && outcome is { } closedOutcome)
            {
                events.Add(new ComplaintClosed(r.ComplaintId, r.Reference, closedAt, r.ClosedBy ?? "", satisfied, closedOutcome,
                    r.DecidedInTime ?? false, r.ReferralSubmittedOn is not null, referralOutcome));
            }
        }

        return new IntegrationEventHistoryPage(events, rows.Count < limit ? null : rows[^1].ComplaintId);
    }
}
