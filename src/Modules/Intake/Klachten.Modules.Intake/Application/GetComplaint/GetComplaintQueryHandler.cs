using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Intake.Application.Abstractions;
using Klachten.Modules.Intake.Contracts;
using Npgsql;

namespace Klachten.Modules.Intake.Application.GetComplaint;

internal sealed class GetComplaintQueryHandler(
    NpgsqlDataSource dataSource, ICurrentUser currentUser, IAuditTrail audit, IResourceVersion version)
    : IQueryHandler<GetComplaintQuery, ComplaintDto>
{
    private const string Sql = """
        SELECT id, reference, complainant_name, complainant_type, complainant_email, complainant_phone,
               address_street, address_postal_code, address_city, file_number, collection_agent, channel,
               received_at, received_on, description, requested_outcome, registered_by, registered_at,
               acknowledgement_due_on, settlement_due_on, acknowledged_at, acknowledged_by, acknowledgement_channel,
               acknowledgement_breach_recorded_at, handling_officer, closed_at, anonymised_at,
               complainant_salutation, contact_person_name, contact_person_salutation, version
        FROM intake.complaints
        WHERE id = @Id
        """;

    private sealed record Row(
        Guid Id, string Reference, string ComplainantName, string ComplainantType, string? ComplainantEmail, string? ComplainantPhone,
        string? AddressStreet, string? AddressPostalCode, string? AddressCity, string? FileNumber, string? CollectionAgent, string Channel,
        DateTimeOffset ReceivedAt, DateOnly ReceivedOn, string Description, string RequestedOutcome, string RegisteredBy,
        DateTimeOffset RegisteredAt, DateOnly AcknowledgementDueOn, DateOnly SettlementDueOn, DateTimeOffset? AcknowledgedAt,
        string? AcknowledgedBy, string? AcknowledgementChannel, DateTimeOffset? AcknowledgementBreachRecordedAt, string? HandlingOfficer,
        DateTimeOffset? ClosedAt, DateTimeOffset? AnonymisedAt, string? ComplainantSalutation, string? ContactPersonName,
        string? ContactPersonSalutation, int Version);

    public async Task<ComplaintDto> Handle(GetComplaintQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(Sql, new { query.Id }, cancellationToken: cancellationToken))
            ?? throw new NotFoundException("Complaint", query.Id);

        if (!ComplaintAccess.MaySeeDetails(currentUser, row.RegisteredBy, row.HandlingOfficer))
        {
            await audit.RecordAsync(new AuditEntry(IntakeContracts.ModuleName, "ComplaintReadRefused", "Complaint", row.Id.ToString()), cancellationToken);
            throw new ForbiddenException("Only the quality manager, management, the handling complaints officer and the registering employee see a complaint's details.");
        }

        await audit.RecordAsync(new AuditEntry(IntakeContracts.ModuleName, "ComplaintRead", "Complaint", row.Id.ToString()), cancellationToken);
        version.Answer(row.Version);
        return new ComplaintDto(
            row.Id, row.Reference, row.AcknowledgedAt is null ? "Registered" : "Acknowledged",
            new ComplainantDto(row.ComplainantName, Enum.Parse<ComplainantType>(row.ComplainantType), row.ComplainantEmail, row.ComplainantPhone,
                row.AddressStreet is null ? null : new AddressDto(row.AddressStreet, row.AddressPostalCode ?? "", row.AddressCity ?? ""),
                row.ComplainantSalutation ?? nameof(Salutation.None),
                row.ContactPersonName is null ? null : new ContactPersonDto(row.ContactPersonName, row.ContactPersonSalutation ?? nameof(Salutation.None))),
            row.FileNumber, row.CollectionAgent, Enum.Parse<IntakeChannel>(row.Channel), row.ReceivedAt, row.ReceivedOn, row.Description,
            row.RequestedOutcome, row.RegisteredBy, row.RegisteredAt, row.AcknowledgementDueOn, row.SettlementDueOn, row.AcknowledgedAt,
            row.AcknowledgedBy, row.AcknowledgementChannel, row.AcknowledgementBreachRecordedAt, row.HandlingOfficer, row.ClosedAt, row.AnonymisedAt,
            ComplaintAccess.AllowedActions(currentUser, row.HandlingOfficer, row.AcknowledgedAt, row.ComplainantEmail is not null,
                row.AddressStreet is not null));
    }
}
