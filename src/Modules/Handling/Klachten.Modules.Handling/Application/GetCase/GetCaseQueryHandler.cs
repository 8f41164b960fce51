using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Domain;
using Npgsql;

namespace Klachten.Modules.Handling.Application.GetCase;

/// <summary>The whole case for its officer, the quality manager or management; every read is audited.</summary>
internal sealed class GetCaseQueryHandler(NpgsqlDataSource dataSource, ICurrentUser user, IAuditTrail audit, TimeProvider timeProvider)
    : IQueryHandler<GetCaseQuery, CaseDetailsDto>
{
    private const string Sql = """
        SELECT * FROM handling.cases WHERE complaint_id = @ComplaintId;
        SELECT officer, previous_officer, assigned_at, assigned_by FROM handling.assignments WHERE complaint_id = @ComplaintId ORDER BY id;
        SELECT id, contacted_at, channel, summary, next_step, logged_at, logged_by FROM handling.contacts
            WHERE complaint_id = @ComplaintId ORDER BY contacted_at, logged_at;
        SELECT id, kind, channel, recipient_email, subject, body, status, created_at, created_by, sent_at, attempts, last_error
            FROM handling.correspondence WHERE complaint_id = @ComplaintId ORDER BY created_at;
        """;

    public async Task<CaseDetailsDto> Handle(GetCaseQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(Sql, new { query.ComplaintId },
            cancellationToken: cancellationToken));
        var row = await results.ReadSingleOrDefaultAsync<CaseRow>() ?? throw new NotFoundException("Handling case", query.ComplaintId);
        CaseAccess.EnsureMayRead(user, query.ComplaintId, row.Officer);

        var assignments = (await results.ReadAsync<AssignmentDto>()).ToList();
        var contacts = (await results.ReadAsync<ContactDto>()).ToList();
        var correspondence = (await results.ReadAsync<CorrespondenceDto>()).ToList();
        await audit.RecordAsync(new AuditEntry(CaseAccess.Module, "CaseRead", CaseAccess.Subject, query.ComplaintId.ToString()), cancellationToken);

        var today = AmsterdamDate.Of(timeProvider.GetUtcNow());
        return new CaseDetailsDto(
            row.ComplaintId, row.Reference, row.Status, row.Officer, row.CollectionAgent, row.ReceivedOn, row.DueOn, row.SettlementDueOn,
            row.LetterSentAt is null && row.DueOn < today, row.BreachRecordedAt, assignments, contacts,
            row.ExtensionNewDueOn is { } newDueOn
                ? new ExtensionDto(row.ExtensionPreviousDueOn!.Value, newDueOn, row.ExtensionReason!, row.ExtendedAt!.Value, row.ExtendedBy!)
                : null,
            row.DecisionOutcome is { } outcome
                ? new DecisionDto(outcome, row.DecisionReasoning!, row.DecisionRemedy, row.DecidedAt!.Value, row.DecidedBy!,
                    row.LetterSentAt is { } sentAt
                        ? new DecisionLetterDto(row.LetterChannel!, sentAt, row.LetterSentOn!.Value, row.LetterSentBy!, row.DecidedInTime!.Value)
                        : null)
                : null,
            row.ReferralSubmittedOn is { } submittedOn
                ? new ReferralDto(row.ReferralBody!, row.ReferralCaseNumber!, submittedOn, row.ReferralRecordedAt!.Value, row.ReferralRecordedBy!,
                    row.ReferralOutcome, row.ReferralDecidedOn)
                : null,
            row.ClosedAt is { } closedAt ? new ClosureDto(row.ComplainantSatisfied!.Value, closedAt, row.ClosedBy!) : null,
            correspondence,
            row.AnonymisedAt);
    }

    private sealed class CaseRow
    {
        public Guid ComplaintId { get; init; }
        public string Reference { get; init; } = "";
        public string? CollectionAgent { get; init; }
        public DateOnly ReceivedOn { get; init; }
        public DateOnly SettlementDueOn { get; init; }
        public DateOnly DueOn { get; init; }
        public string Status { get; init; } = "";
        public string? Officer { get; init; }
        public DateOnly? ExtensionPreviousDueOn { get; init; }
        public DateOnly? ExtensionNewDueOn { get; init; }
        public string? ExtensionReason { get; init; }
        public DateTimeOffset? ExtendedAt { get; init; }
        public string? ExtendedBy { get; init; }
        public string? DecisionOutcome { get; init; }
        public string? DecisionReasoning { get; init; }
        public string? DecisionRemedy { get; init; }
        public DateTimeOffset? DecidedAt { get; init; }
        public string? DecidedBy { get; init; }
        public string? LetterChannel { get; init; }
        public DateTimeOffset? LetterSentAt { get; init; }
        public DateOnly? LetterSentOn { get; init; }
        public string? LetterSentBy { get; init; }
        public bool? DecidedInTime { get; init; }
        public string? ReferralBody { get; init; }
        public string? ReferralCaseNumber { get; init; }
        public DateOnly? ReferralSubmittedOn { get; init; }
        public DateTimeOffset? ReferralRecordedAt { get; init; }
        public string? ReferralRecordedBy { get; init; }
        public string? ReferralOutcome { get; init; }
        public DateOnly? ReferralDecidedOn { get; init; }
        public bool? ComplainantSatisfied { get; init; }
        public DateTimeOffset? ClosedAt { get; init; }
        public string? ClosedBy { get; init; }
        public DateTimeOffset? BreachRecordedAt { get; init; }
        public DateTimeOffset? AnonymisedAt { get; init; }
    }
}
