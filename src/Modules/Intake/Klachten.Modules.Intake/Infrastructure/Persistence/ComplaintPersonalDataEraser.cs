using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.Modules.Intake.Contracts;

namespace Klachten.Modules.Intake.Infrastructure.Persistence;

/// <summary>Intake's part of the retention sweep (ADR 0011): the complainant's identity, contact details and words, and its letters.</summary>
internal sealed class ComplaintPersonalDataEraser(IDbSession session) : IPersonalDataEraser
{
    // SKIP LOCKED: two hosts sweeping at once take different complaints.
    private const string AnonymiseSql = """
        WITH due AS (
            SELECT id FROM intake.complaints
            WHERE closed_at IS NOT NULL AND anonymised_at IS NULL AND closed_at < @ClosedBefore
            ORDER BY closed_at
            LIMIT @Limit
            FOR UPDATE SKIP LOCKED
        ), letters AS (
            UPDATE intake.correspondence l SET recipient_name = NULL, recipient_address = NULL, body = @Removed
            FROM due WHERE l.complaint_id = due.id
        )
        UPDATE intake.complaints c
        SET complainant_name = @AnonymisedName, complainant_email = NULL, complainant_phone = NULL, address_street = NULL,
            address_postal_code = NULL, address_city = NULL, file_number = NULL, contact_person_name = NULL, description = @Removed, requested_outcome = @Removed,
            anonymised_at = @Now, version = c.version + 1
        FROM due WHERE c.id = due.id
        RETURNING c.id
        """;

    public string Module => IntakeContracts.ModuleName;

    public async Task<IReadOnlyList<Guid>> AnonymiseClosedBeforeAsync(DateTimeOffset closedBefore, DateTimeOffset now, int limit,
        CancellationToken cancellationToken) =>
        (await session.Connection.QueryAsync<Guid>(new CommandDefinition(AnonymiseSql, new
        {
            ClosedBefore = closedBefore,
            Now = now,
            Limit = limit,
            PersonalDataOptions.AnonymisedName,
            Removed = PersonalDataOptions.RemovedText,
        }, session.Transaction, cancellationToken: cancellationToken))).ToList();
}
