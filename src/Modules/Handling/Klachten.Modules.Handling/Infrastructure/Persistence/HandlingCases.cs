using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Application.GetCase;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Intake.Contracts;
using Npgsql;
using AmsterdamDate = Klachten.Modules.Handling.Domain.AmsterdamDate;

namespace Klachten.Modules.Handling.Infrastructure.Persistence;

/// <summary>The case for the one complaint view, by Handling's own confidentiality rule (CaseAccess); not audited here.</summary>
internal sealed class HandlingCases(NpgsqlDataSource dataSource, ICurrentUser user, TimeProvider timeProvider, IComplaintDirectory directory)
    : IHandlingCases
{
    private const string CaseSql = "SELECT * FROM handling.cases WHERE complaint_id = @ComplaintId";

    private const string DetailsSql = """
        SELECT officer, previous_officer, assigned_at, assigned_by FROM handling.assignments WHERE complaint_id = @ComplaintId ORDER BY id;
        SELECT contacted_at, channel, summary, next_step, logged_by FROM handling.contacts
            WHERE complaint_id = @ComplaintId ORDER BY contacted_at, logged_at;
        SELECT id, kind, channel, status, recipient_name, subject, created_at, sent_at, created_by, posted_at
            FROM handling.correspondence WHERE complaint_id = @ComplaintId ORDER BY created_at, id;
        """;

    public async Task<HandlingCaseView?> GetAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<CaseRow>(new CommandDefinition(CaseSql, new { ComplaintId = complaintId },
            cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var mayRead = CaseAccess.MayRead(user, row.Officer);
        HandlingCaseDetails? details = null;
        if (mayRead)
        {
            await using var results = await connection.QueryMultipleAsync(new CommandDefinition(DetailsSql, new { ComplaintId = complaintId },
                cancellationToken: cancellationToken));
            var assignments = (await results.ReadAsync<HandlingAssignment>()).ToList();
            var contacts = (await results.ReadAsync<HandlingContact>()).ToList();
            var letters = (await results.ReadAsync<HandlingLetter>()).ToList();
            details = new HandlingCaseDetails(assignments, contacts,
                row.ExtensionNewDueOn is { } newDueOn
                    ? new HandlingExtension(row.ExtensionPreviousDueOn!.Value, newDueOn, row.ExtensionReason!, row.ExtendedAt!.Value, row.ExtendedBy!)
                    : null,
                row.DecisionOutcome is { } outcome
                    ? new HandlingDecision(Enum.Parse<DecisionOutcome>(outcome), row.DecisionReasoning!, row.DecisionRemedy, row.DecidedAt!.Value,
                        row.DecidedBy!)
                    : null,
                row.ReferralSubmittedOn is { } submittedOn
                    ? new HandlingReferral(row.ReferralBody!, row.ReferralCaseNumber!, submittedOn, row.ReferralRecordedAt!.Value, row.ReferralRecordedBy!,
                        row.ReferralOutcome is null ? null : Enum.Parse<ReferralOutcome>(row.ReferralOutcome), row.ReferralDecidedOn,
                        row.ReferralConcludedAt)
                    : null,
                row.ClosedAt is { } closedAt ? new HandlingClosure(row.ComplainantSatisfied!.Value, closedAt, row.ClosedBy!) : null,
                letters);
        }

        var today = AmsterdamDate.Of(timeProvider.GetUtcNow());
        var reach = (await directory.GetLetterReachAsync([complaintId], cancellationToken)).GetValueOrDefault(complaintId);
        return new HandlingCaseView(complaintId, row.Status, row.Officer, row.OpenedAt, row.SettlementDueOn, row.DueOn,
            row.ExtensionNewDueOn is not null, row.LetterSentAt is null && row.DueOn < today, row.BreachRecordedAt, row.ClosedAt,
            mayRead, row.Version, details, CaseActions.For(user, row.ToCase(), today, reach ?? LetterReach.None));
    }
}
