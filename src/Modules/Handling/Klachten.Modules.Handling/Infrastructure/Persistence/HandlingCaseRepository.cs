using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Application.GetCase;
using Klachten.Modules.Handling.Domain;
using Npgsql;

namespace Klachten.Modules.Handling.Infrastructure.Persistence;

internal sealed class HandlingCaseRepository(IDbSession session, NpgsqlDataSource dataSource, IResourceVersion version)
    : IHandlingCaseRepository
{
    private const string InsertSql = """
        INSERT INTO handling.cases (complaint_id, reference, collection_agent, received_on, settlement_due_on, opened_at, status, version)
        SELECT complaint_id, reference, collection_agent, received_on, settlement_due_on, opened_at, status, 1
        FROM unnest(@ComplaintIds::uuid[], @References::text[], @CollectionAgents::text[], @ReceivedOns::date[],
                    @SettlementDueOns::date[], @OpenedAts::timestamptz[], @Statuses::text[])
             AS new_case(complaint_id, reference, collection_agent, received_on, settlement_due_on, opened_at, status)
        ON CONFLICT (complaint_id) DO NOTHING
        RETURNING complaint_id
        """;

    private const string SelectForUpdateSql = """
        SELECT * FROM handling.cases WHERE complaint_id = @ComplaintId FOR UPDATE
        """;

    private const string UpdateSql = """
        UPDATE handling.cases SET
            status = @Status, officer = @Officer,
            extension_previous_due_on = @ExtensionPreviousDueOn, extension_new_due_on = @ExtensionNewDueOn,
            extension_reason = @ExtensionReason, extended_at = @ExtendedAt, extended_by = @ExtendedBy,
            extension_message_to_complainant = @ExtensionMessageToComplainant,
            decision_outcome = @DecisionOutcome, decision_reasoning = @DecisionReasoning, decision_remedy = @DecisionRemedy,
            decided_at = @DecidedAt, decided_by = @DecidedBy,
            letter_channel = @LetterChannel, letter_sent_at = @LetterSentAt, letter_sent_on = @LetterSentOn,
            letter_sent_by = @LetterSentBy, decided_in_time = @DecidedInTime,
            referral_body = @ReferralBody, referral_case_number = @ReferralCaseNumber, referral_submitted_on = @ReferralSubmittedOn,
            referral_recorded_at = @ReferralRecordedAt, referral_recorded_by = @ReferralRecordedBy,
            referral_outcome = @ReferralOutcome, referral_decided_on = @ReferralDecidedOn,
            referral_concluded_at = @ReferralConcludedAt, referral_concluded_by = @ReferralConcludedBy,
            complainant_satisfied = @ComplainantSatisfied, closed_at = @ClosedAt, closed_by = @ClosedBy,
            version = version + 1
        WHERE complaint_id = @ComplaintId AND version = @Version
        """;

    private const string InsertAssignmentSql = """
        INSERT INTO handling.assignments (complaint_id, officer, previous_officer, assigned_at, assigned_by)
        VALUES (@ComplaintId, @Officer, @PreviousOfficer, @AssignedAt, @AssignedBy)
        """;

    private const string InsertContactSql = """
        INSERT INTO handling.contacts (id, complaint_id, contacted_at, channel, summary, next_step, logged_at, logged_by)
        VALUES (@Id, @ComplaintId, @ContactedAt, @Channel, @Summary, @NextStep, @LoggedAt, @LoggedBy)
        """;

    public async Task<IReadOnlySet<Guid>> AddAsync(IReadOnlyList<HandlingCase> newCases, CancellationToken cancellationToken) =>
        (await session.Connection.QueryAsync<Guid>(new CommandDefinition(InsertSql, new
        {
            ComplaintIds = newCases.Select(c => c.ComplaintId).ToArray(),
            References = newCases.Select(c => c.Reference).ToArray(),
            CollectionAgents = newCases.Select(c => c.CollectionAgent).ToArray(),
            ReceivedOns = newCases.Select(c => c.ReceivedOn).ToArray(),
            SettlementDueOns = newCases.Select(c => c.SettlementDueOn).ToArray(),
            OpenedAts = newCases.Select(c => c.OpenedAt.UtcDateTime).ToArray(),
            Statuses = newCases.Select(c => c.Status.ToString()).ToArray(),
        }, session.Transaction, cancellationToken: cancellationToken))).ToHashSet();

    private const string SelectSql = "SELECT * FROM handling.cases WHERE complaint_id = @ComplaintId";

    public async Task<HandlingCase?> FindAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<CaseRow>(new CommandDefinition(SelectSql, new { ComplaintId = complaintId },
            cancellationToken: cancellationToken));
        return row is null ? null : row.ToCase();
    }

    public async Task<HandlingCase> GetForUpdateAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        var row = await session.Connection.QuerySingleOrDefaultAsync<CaseRow>(new CommandDefinition(
            SelectForUpdateSql, new { ComplaintId = complaintId }, session.Transaction, cancellationToken: cancellationToken))
            ?? throw new NotFoundException("Handling case", complaintId);
        var handlingCase = row.ToCase();
        version.EnsureCurrent(handlingCase.Version, $"Handling case {complaintId}");
        return handlingCase;
    }

    public async Task SaveAsync(HandlingCase handlingCase, CancellationToken cancellationToken)
    {
        var expected = version.ExpectedOr(handlingCase.Version);
        var updated = await session.Connection.ExecuteAsync(new CommandDefinition(
            UpdateSql, Parameters(handlingCase, expected), session.Transaction, cancellationToken: cancellationToken));
        if (updated == 0)
        {
            throw version.Expected is null
                ? new ConcurrencyConflictException($"Handling case {handlingCase.ComplaintId} was changed by someone else; reload it and try again.")
                : ResourceVersionRules.Stale($"Handling case {handlingCase.ComplaintId}");
        }

        version.Answer(expected + 1);

        foreach (var assignment in handlingCase.NewAssignments)
        {
            await session.Connection.ExecuteAsync(new CommandDefinition(InsertAssignmentSql, new
            {
                handlingCase.ComplaintId,
                assignment.Officer,
                assignment.PreviousOfficer,
                assignment.AssignedAt,
                assignment.AssignedBy,
            }, session.Transaction, cancellationToken: cancellationToken));
        }

        foreach (var contact in handlingCase.NewContacts)
        {
            await session.Connection.ExecuteAsync(new CommandDefinition(InsertContactSql, new
            {
                contact.Id,
                handlingCase.ComplaintId,
                contact.ContactedAt,
                Channel = contact.Channel.ToString(),
                contact.Summary,
                contact.NextStep,
                contact.LoggedAt,
                contact.LoggedBy,
            }, session.Transaction, cancellationToken: cancellationToken));
        }
    }

    private static object Parameters(HandlingCase c, int expectedVersion) => new
    {
        c.ComplaintId,
        Version = expectedVersion,
        Status = c.Status.ToString(),
        c.Officer,
        ExtensionPreviousDueOn = c.Extension?.PreviousDueOn,
        ExtensionNewDueOn = c.Extension?.NewDueOn,
        ExtensionReason = c.Extension?.Reason,
        ExtendedAt = c.Extension?.ExtendedAt,
        ExtendedBy = c.Extension?.ExtendedBy,
        ExtensionMessageToComplainant = c.Extension?.MessageToComplainant,
        DecisionOutcome = c.Decision?.Outcome.ToString(),
        DecisionReasoning = c.Decision?.Reasoning,
        DecisionRemedy = c.Decision?.Remedy,
        DecidedAt = c.Decision?.DecidedAt,
        DecidedBy = c.Decision?.DecidedBy,
        LetterChannel = c.DecisionLetter?.Channel.ToString(),
        LetterSentAt = c.DecisionLetter?.SentAt,
        LetterSentOn = c.DecisionLetter?.SentOn,
        LetterSentBy = c.DecisionLetter?.SentBy,
        DecidedInTime = c.DecisionLetter?.InTime,
        ReferralBody = c.Referral?.Body,
        ReferralCaseNumber = c.Referral?.CaseNumber,
        ReferralSubmittedOn = c.Referral?.SubmittedOn,
        ReferralRecordedAt = c.Referral?.RecordedAt,
        ReferralRecordedBy = c.Referral?.RecordedBy,
        ReferralOutcome = c.Referral?.Outcome?.ToString(),
        ReferralDecidedOn = c.Referral?.DecidedOn,
        ReferralConcludedAt = c.Referral?.ConcludedAt,
        ReferralConcludedBy = c.Referral?.ConcludedBy,
        ComplainantSatisfied = c.Closure?.ComplainantSatisfied,
        ClosedAt = c.Closure?.ClosedAt,
        ClosedBy = c.Closure?.ClosedBy,
    };
}
