using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Intake.Contracts;
using Npgsql;

namespace Klachten.Modules.Intake.Infrastructure.Persistence;

/// <summary>How Handling addresses its letters without copying personal data out of Intake. Every lookup is audited.</summary>
internal sealed class ComplaintDirectory(NpgsqlDataSource dataSource, IAuditTrail audit) : IComplaintDirectory
{
    private const string Sql = """
        SELECT id, reference, complainant_name, complainant_type, complainant_email, address_street, address_postal_code, address_city,
               received_on, complainant_salutation, contact_person_name, contact_person_salutation
        FROM intake.complaints WHERE id = @Id
        """;

    private const string ReachSql = """
        SELECT id, complainant_email IS NOT NULL AND btrim(complainant_email) <> '' AS has_email,
               address_street IS NOT NULL AS has_postal_address
        FROM intake.complaints WHERE id = ANY(@Ids)
        """;

    private sealed record Row(Guid Id, string Reference, string ComplainantName, string ComplainantType, string? ComplainantEmail,
        string? AddressStreet, string? AddressPostalCode, string? AddressCity, DateOnly ReceivedOn, string? ComplainantSalutation,
        string? ContactPersonName, string? ContactPersonSalutation);

    private static ComplainantSalutation Salutation(string? stored) =>
        EnumNames.TryParse<ComplainantSalutation>(stored, out var salutation) ? salutation : ComplainantSalutation.None;

    public async Task<IReadOnlyDictionary<Guid, LetterReach>> GetLetterReachAsync(IReadOnlyCollection<Guid> complaintIds,
        CancellationToken cancellationToken)
    {
        if (complaintIds.Count == 0)
        {
            return new Dictionary<Guid, LetterReach>();
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(Guid Id, bool HasEmail, bool HasPostalAddress)>(new CommandDefinition(ReachSql,
            new { Ids = complaintIds.ToArray() }, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.Id, r => new LetterReach(r.HasEmail, r.HasPostalAddress));
    }

    public async Task<ComplainantContact?> GetContactAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        Row? row;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(Sql, new { Id = complaintId }, cancellationToken: cancellationToken));
        }

        if (row is null)
        {
            return null;
        }

        await audit.RecordAsync(new AuditEntry(IntakeContracts.ModuleName, "ComplainantContactRead", "Complaint", row.Id.ToString()), cancellationToken);
        return new ComplainantContact(row.Id, row.Reference, row.ComplainantName, Enum.Parse<ComplainantType>(row.ComplainantType), row.ComplainantEmail,
            row.AddressStreet is null ? null : new PostalAddress(row.AddressStreet, row.AddressPostalCode ?? string.Empty, row.AddressCity ?? string.Empty),
            row.ReceivedOn, Salutation(row.ComplainantSalutation),
            row.ContactPersonName is null ? null : new ContactPerson(row.ContactPersonName, Salutation(row.ContactPersonSalutation)));
    }
}
