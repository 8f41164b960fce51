using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.Modules.Intake.Application.Abstractions;
using Klachten.Modules.Intake.Domain;

namespace Klachten.Modules.Intake.Infrastructure.Persistence;

internal sealed class ComplaintRepository(IDbSession session, IResourceVersion version) : IComplaintRepository
{
    private const string ForAcknowledgementSql = """
        SELECT id, reference, complainant_name, complainant_email, address_street, address_postal_code, address_city, received_on,
               acknowledgement_due_on, settlement_due_on, file_number, registered_by, handling_officer, acknowledged_at,
               complainant_salutation, contact_person_name, contact_person_salutation, version
        FROM intake.complaints
        WHERE id = @Id
        FOR UPDATE
        """;

    private const string MarkAcknowledgedSql = """
        UPDATE intake.complaints
        SET acknowledged_at = @At, acknowledged_by = @By, acknowledgement_channel = @Channel, version = version + 1
        WHERE id = @Id AND acknowledged_at IS NULL AND version = @Version
        RETURNING version
        """;

    private const string SetHandlingOfficerSql = "UPDATE intake.complaints SET handling_officer = @Officer, version = version + 1 WHERE id = @Id";

    private const string ClaimRemindersSql = """
        UPDATE intake.complaints
        SET acknowledgement_reminder_sent_at = @Now
        WHERE acknowledged_at IS NULL AND acknowledgement_reminder_sent_at IS NULL
          AND acknowledgement_due_on >= @DueFrom AND acknowledgement_due_on <= @DueTo
        RETURNING id, reference, complainant_name, received_on, acknowledgement_due_on, settlement_due_on, file_number,
                  registered_by, handling_officer, complainant_salutation, contact_person_name, contact_person_salutation
        """;

    private const string ClaimBreachesSql = """
        UPDATE intake.complaints
        SET acknowledgement_breach_recorded_at = @Now, version = version + 1
        WHERE acknowledged_at IS NULL AND acknowledgement_breach_recorded_at IS NULL AND acknowledgement_due_on < @DueBefore
        RETURNING id, reference, complainant_name, received_on, acknowledgement_due_on, settlement_due_on, file_number,
                  registered_by, handling_officer, complainant_salutation, contact_person_name, contact_person_salutation
        """;

    public async Task<ComplaintForAcknowledgement?> GetForAcknowledgementAsync(Guid id, CancellationToken cancellationToken)
    {
        var complaint = await session.Connection.QuerySingleOrDefaultAsync<ComplaintForAcknowledgement?>(new CommandDefinition(
            ForAcknowledgementSql, new { Id = id }, session.Transaction, cancellationToken: cancellationToken));
        if (complaint is not null)
        {
            version.EnsureCurrent(complaint.Version, $"Complaint {complaint.Reference}");
        }

        return complaint;
    }

    public async Task MarkAcknowledgedAsync(ComplaintForAcknowledgement complaint, DateTimeOffset at, string by, AcknowledgementChannel channel,
        CancellationToken cancellationToken)
    {
        var updated = await session.Connection.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(MarkAcknowledgedSql,
            new { complaint.Id, At = at, By = by, Channel = channel.ToString(), Version = version.ExpectedOr(complaint.Version) },
            session.Transaction, cancellationToken: cancellationToken));
        if (updated is not { } newVersion)
        {
            throw version.Expected is not null
                ? ResourceVersionRules.Stale($"Complaint {complaint.Reference}")
                : new Klachten.BuildingBlocks.Domain.DomainRuleException(Acknowledgement.AlreadyAcknowledged, "The receipt was already acknowledged.");
        }

        version.Answer(newVersion);
    }

    private const string RecordClosureSql = "UPDATE intake.complaints SET closed_at = @ClosedAt, version = version + 1 WHERE id = @Id AND closed_at IS NULL";


    public async Task<bool> RecordClosureAsync(Guid id, DateTimeOffset closedAt, CancellationToken cancellationToken) =>
        await session.Connection.ExecuteAsync(new CommandDefinition(RecordClosureSql, new { Id = id, ClosedAt = closedAt },
            session.Transaction, cancellationToken: cancellationToken)) == 1;

    public async Task<bool> SetHandlingOfficerAsync(Guid id, string officer, CancellationToken cancellationToken) =>
        await session.Connection.ExecuteAsync(new CommandDefinition(SetHandlingOfficerSql, new { Id = id, Officer = officer },
            session.Transaction, cancellationToken: cancellationToken)) == 1;

    public async Task<IReadOnlyList<ClaimedComplaint>> ClaimAcknowledgementRemindersAsync(DateOnly dueFrom, DateOnly dueTo, DateTimeOffset now,
        CancellationToken cancellationToken) =>
        (await session.Connection.QueryAsync<ClaimedComplaint>(new CommandDefinition(ClaimRemindersSql,
            new { DueFrom = dueFrom, DueTo = dueTo, Now = now }, session.Transaction, cancellationToken: cancellationToken))).ToList();

    public async Task<IReadOnlyList<ClaimedComplaint>> ClaimAcknowledgementBreachesAsync(DateOnly dueBefore, DateTimeOffset now,
        CancellationToken cancellationToken) =>
        (await session.Connection.QueryAsync<ClaimedComplaint>(new CommandDefinition(ClaimBreachesSql,
            new { DueBefore = dueBefore, Now = now }, session.Transaction, cancellationToken: cancellationToken))).ToList();
}
