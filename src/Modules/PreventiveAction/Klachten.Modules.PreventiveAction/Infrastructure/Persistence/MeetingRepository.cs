using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Application.GetMeeting;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Infrastructure.Persistence;

internal sealed class MeetingRepository(IDbSession session, IResourceVersion version) : IMeetingRepository
{
    private const string InsertSql = """
        INSERT INTO preventive_action.meetings (id, held_on, kind, title, participants, created_by, created_at, version)
        VALUES (@Id, @HeldOn, @Kind, @Title, @Participants, @CreatedBy, @CreatedAt, 1)
        """;

    private const string SelectSql = """
        SELECT * FROM preventive_action.meetings WHERE id = @Id FOR UPDATE;
        SELECT * FROM preventive_action.meeting_agenda_items WHERE meeting_id = @Id ORDER BY position;
        """;

    private const string UpdateSql = """
        UPDATE preventive_action.meetings SET minutes = @Minutes, minutes_by = @MinutesBy, minutes_at = @MinutesAt,
            closed_by = @ClosedBy, closed_at = @ClosedAt, version = version + 1
        WHERE id = @Id AND version = @Version
        """;

    private const string InsertItemSql = """
        INSERT INTO preventive_action.meeting_agenda_items
            (id, meeting_id, position, kind, report_id, analysis_year, analysis_version, measure_id, title, added_by, added_at)
        VALUES (@Id, @MeetingId, @Position, @Kind, @ReportId, @AnalysisYear, @AnalysisVersion, @MeasureId, @Title, @AddedBy, @AddedAt)
        """;

    public Task AddAsync(Meeting meeting, CancellationToken cancellationToken) =>
        session.Connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            meeting.Id,
            meeting.HeldOn,
            Kind = meeting.Kind.ToString(),
            meeting.Title,
            Participants = meeting.Participants.ToArray(),
            meeting.CreatedBy,
            meeting.CreatedAt,
        }, session.Transaction, cancellationToken: cancellationToken));

    public async Task<Meeting> GetForUpdateAsync(Guid id, CancellationToken cancellationToken)
    {
        var meeting = await LockAsync(id, cancellationToken);
        version.EnsureCurrent(meeting.Version, $"Meeting {meeting.Id}");
        return meeting;
    }

    public async Task<Meeting> LockAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var results = await session.Connection.QueryMultipleAsync(new CommandDefinition(SelectSql, new { Id = id },
            session.Transaction, cancellationToken: cancellationToken));
        var row = await results.ReadSingleOrDefaultAsync<MeetingRow>() ?? throw new NotFoundException("Meeting", id);
        return row.ToMeeting(await results.ReadAsync<AgendaItemRow>());
    }

    public async Task SaveAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var expected = version.ExpectedOr(meeting.Version);
        var updated = await session.Connection.ExecuteAsync(new CommandDefinition(UpdateSql, new
        {
            meeting.Id,
            Version = expected,
            Minutes = meeting.Minutes?.Text,
            MinutesBy = meeting.Minutes?.RecordedBy,
            MinutesAt = meeting.Minutes?.RecordedAt,
            meeting.ClosedBy,
            meeting.ClosedAt,
        }, session.Transaction, cancellationToken: cancellationToken));
        if (updated == 0)
        {
            throw version.Expected is null
                ? new ConcurrencyConflictException($"Meeting {meeting.Id} was changed by someone else; reload it and try again.")
                : ResourceVersionRules.Stale($"Meeting {meeting.Id}");
        }

        version.Answer(expected + 1);

        foreach (var item in meeting.NewItems)
        {
            await session.Connection.ExecuteAsync(new CommandDefinition(InsertItemSql, new
            {
                item.Id,
                MeetingId = meeting.Id,
                item.Position,
                Kind = item.Kind.ToString(),
                item.ReportId,
                item.AnalysisYear,
                item.AnalysisVersion,
                item.MeasureId,
                item.Title,
                item.AddedBy,
                item.AddedAt,
            }, session.Transaction, cancellationToken: cancellationToken));
        }
    }
}
