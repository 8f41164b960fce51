using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Intake.Application.Abstractions;
using Klachten.Modules.Intake.Contracts;
using Npgsql;

namespace Klachten.Modules.Intake.Infrastructure.Persistence;

/// <summary>The registration for the one complaint view, by Intake's own confidentiality rule (ComplaintAccess); not audited here.</summary>
internal sealed class ComplaintRegistrations(NpgsqlDataSource dataSource, ICurrentUser user) : IComplaintRegistrations
{
    private const string ComplaintSql = """
        SELECT id, reference, complainant_name, complainant_type, complainant_email, complainant_phone,
               address_street, address_postal_code, address_city, file_number, collection_agent, channel,
               received_at, received_on, description, requested_outcome, registered_by, registered_at,
               acknowledgement_due_on, settlement_due_on, acknowledged_at, acknowledged_by,
               acknowledgement_breach_recorded_at, handling_officer, anonymised_at,
               complainant_salutation, contact_person_name, contact_person_salutation, version
        FROM intake.complaints
        WHERE id = @Id
        """;

    private const string LettersSql = """
        SELECT id, kind, channel, status, recipient_name, subject, created_at, sent_at, sent_by, posted_at
        FROM intake.correspondence
        WHERE complaint_id = @Id
        ORDER BY created_at, id
        """;

    private const string ByReferenceSql = "SELECT id FROM intake.complaints WHERE reference = upper(@Reference)";

    private sealed record Row(
        Guid Id, string Reference, string ComplainantName, string ComplainantType, string? ComplainantEmail, string? ComplainantPhone,
        string? AddressStreet, string? AddressPostalCode, string? AddressCity, string? FileNumber, string? CollectionAgent, string Channel,
        DateTimeOffset ReceivedAt, DateOnly ReceivedOn, string Description, string RequestedOutcome, string RegisteredBy,
        DateTimeOffset RegisteredAt, DateOnly AcknowledgementDueOn, DateOnly SettlementDueOn, DateTimeOffset? AcknowledgedAt,
        string? AcknowledgedBy, DateTimeOffset? AcknowledgementBreachRecordedAt, string? HandlingOfficer, DateTimeOffset? AnonymisedAt,
        string? ComplainantSalutation, string? ContactPersonName, string? ContactPersonSalutation, int Version);

    public async Task<ComplaintRegistrationView?> GetAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(ComplaintSql, new { Id = complaintId },
            cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var mayRead = ComplaintAccess.MaySeeDetails(user, row.RegisteredBy, row.HandlingOfficer);
        var letters = mayRead
            ? (await connection.QueryAsync<IntakeLetter>(new CommandDefinition(LettersSql, new { Id = complaintId },
                cancellationToken: cancellationToken))).ToList()
            : [];
        return new ComplaintRegistrationView(
            row.Id, row.Reference, mayRead, row.Version, row.ReceivedAt, row.ReceivedOn, Enum.Parse<IntakeChannel>(row.Channel),
            row.RegisteredBy, row.RegisteredAt, row.AcknowledgementDueOn, row.SettlementDueOn, row.AcknowledgedAt, row.AcknowledgedBy,
            row.AcknowledgementBreachRecordedAt, row.AnonymisedAt,
            mayRead ? Details(row) : null,
            letters,
            ComplaintAccess.AllowedActions(user, row.HandlingOfficer, row.AcknowledgedAt, row.ComplainantEmail is not null,
                row.AddressStreet is not null));
    }

    public async Task<Guid?> FindByReferenceAsync(string reference, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(ByReferenceSql, new { Reference = reference.Trim() },
            cancellationToken: cancellationToken));
    }

    private static RegistrationDetails Details(Row row) => new(
        new ComplainantDetails(row.ComplainantName, Enum.Parse<ComplainantType>(row.ComplainantType), row.ComplainantEmail, row.ComplainantPhone,
            row.AddressStreet is null ? null : new PostalAddress(row.AddressStreet, row.AddressPostalCode ?? "", row.AddressCity ?? ""),
            Salutation(row.ComplainantSalutation),
            row.ContactPersonName is null ? null : new ContactPerson(row.ContactPersonName, Salutation(row.ContactPersonSalutation))),
        row.FileNumber, row.CollectionAgent, row.Description, row.RequestedOutcome);

    private static ComplainantSalutation Salutation(string? stored) =>
        EnumNames.TryParse<ComplainantSalutation>(stored, out var salutation) ? salutation : ComplainantSalutation.None;
}
