using AutoMapper;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Intake.Application.Abstractions;
using Klachten.Modules.Intake.Contracts;
using Klachten.Modules.Intake.Domain;
using Npgsql;

namespace Klachten.Modules.Intake.Application.GetCorrespondence;

internal sealed class GetCorrespondenceQueryHandler(
    NpgsqlDataSource dataSource, ICurrentUser currentUser, IAuditTrail audit, ILetterTemplates letters, IMapper mapper)
    : IQueryHandler<GetCorrespondenceQuery, IReadOnlyList<CorrespondenceDto>>
{
    private const string ComplaintSql = """
        SELECT id, reference, complainant_name, received_on, acknowledgement_due_on, settlement_due_on, file_number,
               registered_by, handling_officer, complainant_salutation, contact_person_name, contact_person_salutation
        FROM intake.complaints WHERE id = @ComplaintId
        """;

    private const string CorrespondenceSql = """
        SELECT id, kind, channel, status, recipient_name, recipient_address, subject, body, created_at, sent_at, sent_by,
               attempts, last_error, next_attempt_at, posted_at, posted_by
        FROM intake.correspondence
        WHERE complaint_id = @ComplaintId
        ORDER BY created_at, id
        """;

    public async Task<IReadOnlyList<CorrespondenceDto>> Handle(GetCorrespondenceQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var complaint = await connection.QuerySingleOrDefaultAsync<ClaimedComplaint>(
            new CommandDefinition(ComplaintSql, new { query.ComplaintId }, cancellationToken: cancellationToken))
            ?? throw new NotFoundException("Complaint", query.ComplaintId);
        if (!ComplaintAccess.MaySeeDetails(currentUser, complaint.RegisteredBy, complaint.HandlingOfficer))
        {
            await audit.RecordAsync(new AuditEntry(IntakeContracts.ModuleName, "CorrespondenceReadRefused", "Complaint", complaint.Id.ToString()), cancellationToken);
            throw new ForbiddenException("Only the quality manager, management, the handling complaints officer and the registering employee see a complaint's correspondence.");
        }

        await audit.RecordAsync(new AuditEntry(IntakeContracts.ModuleName, "CorrespondenceRead", "Complaint", complaint.Id.ToString()), cancellationToken);
        var rows = await connection.QueryAsync<CorrespondenceRow>(
            new CommandDefinition(CorrespondenceSql, new { query.ComplaintId }, cancellationToken: cancellationToken));
        return rows.Select(r =>
        {
            var letter = mapper.Map<CorrespondenceDto>(r);
            if (r.Body is not null)
            {
                return letter;
            }

            // A kind without a template (written by another version) has no preview rather than failing the whole list.
            var preview = letters.TryRender(r.Kind, complaint.ToLetterData()) ?? new RenderedLetter(string.Empty, string.Empty);
            return letter with { Subject = r.Subject ?? preview.Subject, Body = preview.Body };
        }).ToList();
    }
}
