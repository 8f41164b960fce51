using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Intake.Contracts;
using Klachten.Modules.Intake.Domain;
using Npgsql;

namespace Klachten.Modules.Intake.Infrastructure.Persistence;

/// <summary>
/// Intake's history for projections (ADR 0014): per complaint, the ComplaintRegistered it raised, ReceiptAcknowledged once
/// acknowledged and AcknowledgementDeadlineBreached once the breach was recorded, rebuilt from intake.complaints. An
/// anonymised complaint no longer has its file number, so its registration carries none.
/// </summary>
internal sealed class IntakeEventHistory(NpgsqlDataSource dataSource) : IIntegrationEventHistory
{
    private const string PageSql = """
        SELECT id, reference, received_at, received_on, complainant_type, channel, collection_agent, file_number, registered_by,
               acknowledgement_due_on, settlement_due_on, acknowledged_at, acknowledged_by, acknowledgement_breach_recorded_at
        FROM intake.complaints
        WHERE @After::uuid IS NULL OR id > @After::uuid
        ORDER BY id
        LIMIT @Limit
        """;

    private sealed record Row(
        Guid Id, string Reference, DateTimeOffset ReceivedAt, DateOnly ReceivedOn, string ComplainantType, string Channel,
        string? CollectionAgent, string? FileNumber, string RegisteredBy, DateOnly AcknowledgementDueOn, DateOnly SettlementDueOn,
        DateTimeOffset? AcknowledgedAt, string? AcknowledgedBy, DateTimeOffset? AcknowledgementBreachRecordedAt);

    public string Module => IntakeContracts.ModuleName;

    public async Task<IntegrationEventHistoryPage> ReadAsync(Guid? after, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition(PageSql, new { After = after, Limit = limit },
            cancellationToken: cancellationToken))).ToList();
        var events = new List<object>(rows.Count * 2);
        foreach (var row in rows)
        {
            events.Add(new ComplaintRegistered(row.Id, row.Reference, row.ReceivedAt, row.ReceivedOn, Enum.Parse<ComplainantType>(row.ComplainantType),
                Enum.Parse<IntakeChannel>(row.Channel), row.CollectionAgent, row.FileNumber, row.RegisteredBy, row.AcknowledgementDueOn,
                row.SettlementDueOn));
            if (row.AcknowledgementBreachRecordedAt is { } breachedAt)
            {
                events.Add(new AcknowledgementDeadlineBreached(row.Id, row.Reference, row.AcknowledgementDueOn, breachedAt));
            }

            if (row.AcknowledgedAt is { } acknowledgedAt)
            {
                events.Add(new ReceiptAcknowledged(row.Id, row.Reference, acknowledgedAt, row.AcknowledgedBy ?? "",
                    Acknowledgement.IsInTime(acknowledgedAt, row.AcknowledgementDueOn)));
            }
        }

        return new IntegrationEventHistoryPage(events, rows.Count < limit ? null : rows[^1].Id);
    }
}
