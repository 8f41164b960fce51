using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Npgsql;

namespace Klachten.Modules.PreventiveAction.Application.GetMeeting;

/// <summary>
/// A meeting with its agenda, minutes and the decisions taken in it: for the quality manager, management and its participants.
/// </summary>
internal sealed class GetMeetingQueryHandler(NpgsqlDataSource dataSource, ICurrentUser user,
    IAuditTrail audit, IResourceVersion version) : IQueryHandler<GetMeetingQuery, MeetingDto>
{
    private const string Sql = """
        SELECT * FROM preventive_action.meetings WHERE id = @Id;
        SELECT i.id, i.position, i.kind, i.title, i.report_id, i.analysis_year, i.analysis_version, i.measure_id,
               m.reference AS measure_reference, m.status AS measure_status
            FROM preventive_action.meeting_agenda_items i LEFT JOIN preventive_action.measures m ON m.id = i.measure_id
            WHERE i.meeting_id = @Id ORDER BY i.position;
        SELECT id AS measure_id, reference, title, decision, decision_reasoning AS reasoning, decided_by, decided_at
            FROM preventive_action.measures WHERE decision_meeting_id = @Id ORDER BY reference;
        SELECT * FROM preventive_action.meeting_agenda_items WHERE meeting_id = @Id ORDER BY position;
        """;

    public async Task<MeetingDto> Handle(GetMeetingQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(Sql, new { Id = query.MeetingId },
            cancellationToken: cancellationToken));
        var row = await results.ReadSingleOrDefaultAsync<MeetingRow>() ?? throw new NotFoundException("Meeting", query.MeetingId);
        if (!MeasureAccess.SeesAll(user) && !row.Participants.Contains(user.UserName, StringComparer.OrdinalIgnoreCase))
        {
            await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "MeetingReadRefused", MeasureAccess.MeetingSubject,
                row.Id.ToString()), cancellationToken);
            throw new ForbiddenException("A meeting is for the quality manager, management and its participants.");
        }

        var agenda = (await results.ReadAsync<AgendaItemDto>()).ToList();
        var decisions = (await results.ReadAsync<MeetingDecisionDto>()).ToList();
        var meeting = row.ToMeeting(await results.ReadAsync<AgendaItemRow>());
        await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "MeetingRead", MeasureAccess.MeetingSubject, row.Id.ToString()),
            cancellationToken);
        version.Answer(row.Version);
        return new MeetingDto(row.Id, row.HeldOn, row.Kind, row.Title, row.Participants, row.CreatedBy, row.CreatedAt, agenda, row.Minutes,
            row.MinutesBy, row.MinutesAt, row.ClosedBy, row.ClosedAt, decisions, MeetingActions.For(user, meeting));
    }
}
