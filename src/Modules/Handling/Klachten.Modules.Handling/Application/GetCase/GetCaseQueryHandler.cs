using AutoMapper;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Domain;
using Klachten.Modules.Intake.Contracts;
using Npgsql;

namespace Klachten.Modules.Handling.Application.GetCase;

/// <summary>The whole case for its officer, the quality manager or management; every read, and every refused read, is audited.</summary>
internal sealed class GetCaseQueryHandler(
    NpgsqlDataSource dataSource, ICurrentUser user, IAuditTrail audit, TimeProvider timeProvider, IMapper mapper,
    IResourceVersion version, IComplaintDirectory directory)
    : IQueryHandler<GetCaseQuery, CaseDetailsDto>
{
    private const string Sql = """
        SELECT * FROM handling.cases WHERE complaint_id = @ComplaintId;
        SELECT officer, previous_officer, assigned_at, assigned_by FROM handling.assignments WHERE complaint_id = @ComplaintId ORDER BY id;
        SELECT id, contacted_at, channel, summary, next_step, logged_at, logged_by FROM handling.contacts
            WHERE complaint_id = @ComplaintId ORDER BY contacted_at, logged_at;
        SELECT id, kind, channel, recipient_name, recipient_email, recipient_address, subject, body, status, created_at, created_by,
               sent_at, attempts, last_error, next_attempt_at, posted_at, posted_by
            FROM handling.correspondence WHERE complaint_id = @ComplaintId ORDER BY created_at;
        """;

    public async Task<CaseDetailsDto> Handle(GetCaseQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(Sql, new { query.ComplaintId },
            cancellationToken: cancellationToken));
        var row = await results.ReadSingleOrDefaultAsync<CaseRow>() ?? throw new NotFoundException("Handling case", query.ComplaintId);
        if (!CaseAccess.MayRead(user, row.Officer))
        {
            await audit.RecordAsync(new AuditEntry(CaseAccess.Module, "CaseReadRefused", CaseAccess.Subject, query.ComplaintId.ToString()),
                cancellationToken);
            throw new ForbiddenException($"Handling case {query.ComplaintId} is not assigned to you.");
        }

        var assignments = (await results.ReadAsync<AssignmentDto>()).ToList();
        var contacts = (await results.ReadAsync<ContactDto>()).ToList();
        var correspondence = mapper.Map<List<CorrespondenceDto>>(await results.ReadAsync<CorrespondenceRow>());
        await audit.RecordAsync(new AuditEntry(CaseAccess.Module, "CaseRead", CaseAccess.Subject, query.ComplaintId.ToString()), cancellationToken);

        var today = AmsterdamDate.Of(timeProvider.GetUtcNow());
        var reach = (await directory.GetLetterReachAsync([row.ComplaintId], cancellationToken)).GetValueOrDefault(row.ComplaintId);
        version.Answer(row.Version);
        return mapper.Map<CaseDetailsDto>(row) with
        {
            AllowedActions = CaseActions.For(user, row.ToCase(), today, reach ?? LetterReach.None),
            Overdue = row.LetterSentAt is null && row.DueOn < today,
            Assignments = assignments,
            Contacts = contacts,
            Correspondence = correspondence,
        };
    }
}
