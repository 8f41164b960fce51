using Dapper;
using Klachten.Modules.Analysis.Application.Abstractions;
using Npgsql;

namespace Klachten.Modules.Analysis.Infrastructure.Persistence;

/// <summary>
/// The figures' SQL (ADR 0016): three statements in one round trip, in one repeatable-read snapshot. The counts come from
/// analysis.monthly_figures for the whole months of a period and from the facts (through the same contribution function the
/// triggers use) for the days of a month cut by the period's bounds (<see cref="FigureParts"/>); the flows and the backlog
/// from analysis.daily_counts; the repeat files of a calendar year from analysis.file_key_counts, of any other period from
/// the facts. See bench/analysis/NOTES.md.
/// </summary>
internal sealed class FigureReader(NpgsqlDataSource dataSource) : IFigureReader
{
    /// <summary>
    /// Per period and (dimension, key), and per period and month for the 'total' rows: the counters summed over the parts.
    /// </summary>
    public const string CountsSql = """
        WITH parts AS (
            SELECT * FROM unnest(@PartPeriods::integer[], @PartFroms::date[], @PartTos::date[], @PartWhole::boolean[])
                AS p(period, from_on, to_on, whole)),
        contributions AS (
            SELECT p.period, m.month, m.dimension, m.key,
            m.complaints, m.upheld, m.acknowledged, m.acknowledgement_breaches, m.unacknowledged_breached, m.decided,
            m.settlement_breaches, m.undecided_breached, m.extended, m.referred, m.referrals_concluded, m.closed, m.satisfied,
            m.multi_category, m.unclassified, m.term_decided, m.decided_in_time, m.acknowledged_in_time, m.acknowledgement_settled
            FROM parts AS p
            JOIN analysis.monthly_figures AS m ON m.month BETWEEN p.from_on AND p.to_on
            WHERE p.whole
            UNION ALL
            SELECT p.period, c.month, c.dimension, c.key,
            c.complaints, c.upheld, c.acknowledged, c.acknowledgement_breaches, c.unacknowledged_breached, c.decided,
            c.settlement_breaches, c.undecided_breached, c.extended, c.referred, c.referrals_concluded, c.closed, c.satisfied,
            c.multi_category, c.unclassified, c.term_decided, c.decided_in_time, c.acknowledged_in_time, c.acknowledgement_settled
            FROM parts AS p
            JOIN analysis.complaint_facts AS f ON f.received_on BETWEEN p.from_on AND p.to_on
            CROSS JOIN LATERAL analysis.fact_contributions(ROW(f.*)::analysis.complaint_facts) AS c
            WHERE NOT p.whole)
        SELECT period,
               CASE WHEN grouping(total_month) = 0 THEN 'month' ELSE dimension END AS dimension,
               CASE WHEN grouping(total_month) = 0 THEN to_char(total_month, 'YYYYMM') ELSE key END AS key,
               sum(complaints)::bigint AS complaints, sum(upheld)::bigint AS upheld, sum(acknowledged)::bigint AS acknowledged,
               sum(acknowledgement_breaches)::bigint AS acknowledgement_breaches,
               sum(unacknowledged_breached)::bigint AS unacknowledged_breached, sum(decided)::bigint AS decided,
               sum(settlement_breaches)::bigint AS settlement_breaches, sum(undecided_breached)::bigint AS undecided_breached,
               sum(extended)::bigint AS extended, sum(referred)::bigint AS referred,
               sum(referrals_concluded)::bigint AS referrals_concluded, sum(closed)::bigint AS closed,
               sum(satisfied)::bigint AS satisfied, sum(multi_category)::bigint AS multi_category,
               sum(unclassified)::bigint AS unclassified, sum(term_decided)::bigint AS term_decided,
               sum(decided_in_time)::bigint AS decided_in_time, sum(acknowledged_in_time)::bigint AS acknowledged_in_time,
               sum(acknowledgement_settled)::bigint AS acknowledgement_settled
        FROM (SELECT *, CASE WHEN dimension = 'total' THEN month END AS total_month FROM contributions) AS c
        GROUP BY GROUPING SETS ((period, dimension, key), (period, total_month))
        HAVING sum(complaints) <> 0 AND (grouping(total_month) = 1 OR total_month IS NOT NULL)
        """;

    /// <summary>
    /// What happened in the period, whenever received, and the backlog at its start and end: received before d and not closed
    /// before d = received before d − closed before d (with a date of receipt) + closed before d but received on or after it.
    /// </summary>
    public const string FlowsSql = """
        SELECT p.period,
               coalesce(sum(c.complaints) FILTER (WHERE c.kind = 'acknowledged' AND c.day >= p.from_on), 0)::bigint AS acknowledged,
               coalesce(sum(c.complaints) FILTER (WHERE c.kind = 'decided' AND c.day >= p.from_on), 0)::bigint AS decided,
               coalesce(sum(c.complaints) FILTER (WHERE c.kind = 'closed' AND c.day >= p.from_on), 0)::bigint AS closed,
               (coalesce(sum(c.complaints) FILTER (WHERE c.kind = 'received' AND c.day < p.from_on), 0)
                 - coalesce(sum(c.complaints) FILTER (WHERE c.kind = 'closed_received' AND c.day < p.from_on), 0)
                 + (SELECT count(*) FROM analysis.complaint_facts
                    WHERE closed_on < received_on AND closed_on < p.from_on AND received_on >= p.from_on))::bigint AS open_at_start,
               (coalesce(sum(c.complaints) FILTER (WHERE c.kind = 'received'), 0)
                 - coalesce(sum(c.complaints) FILTER (WHERE c.kind = 'closed_received'), 0)
                 + (SELECT count(*) FROM analysis.complaint_facts
                    WHERE closed_on < received_on AND closed_on <= p.to_on AND received_on > p.to_on))::bigint AS open_at_end
        FROM unnest(@FlowPeriods::integer[], @FlowFroms::date[], @FlowTos::date[]) AS p(period, from_on, to_on)
        LEFT JOIN analysis.daily_counts AS c ON c.day <= p.to_on
        GROUP BY p.period, p.from_on, p.to_on
        """;

    /// <summary>Collection files with more than one complaint received in the period: per calendar year kept, else from the facts.</summary>
    public const string RepeatFilesSql = """
        SELECT y.period, count(*) AS files, sum(k.complaints)::bigint AS complaints
        FROM unnest(@RepeatYearPeriods::integer[], @RepeatYears::integer[]) AS y(period, year)
        JOIN analysis.file_key_counts AS k ON k.year = y.year AND k.complaints > 1
        GROUP BY y.period
        UNION ALL
        SELECT period, count(*), sum(complaints)::bigint
        FROM (SELECT p.period, f.file_key, count(*) AS complaints
              FROM unnest(@RepeatPeriods::integer[], @RepeatFroms::date[], @RepeatTos::date[]) AS p(period, from_on, to_on)
              JOIN analysis.complaint_facts AS f ON f.received_on BETWEEN p.from_on AND p.to_on AND f.file_key IS NOT NULL
              GROUP BY 1, 2
              HAVING count(*) > 1) AS repeated
        GROUP BY period
        """;

    private const string FileCountsSql = "SELECT year, files FROM analysis.yearly_file_counts WHERE year = ANY(@Years)";

    private const string Batch = $"{CountsSql};\n{FlowsSql};\n{RepeatFilesSql}";

    // Just-in-time compilation costs more than these statements save, and a period of partial months stays hashed in memory.
    private const string SessionSql = "SET LOCAL jit = off; SET LOCAL work_mem = '64MB'";

    public async Task<RawFigures> ReadAsync(FigurePeriods periods, CancellationToken cancellationToken)
    {
        var ranges = FigureParts.Periods(periods);
        var parts = FigureParts.Plan(periods);
        var yearly = ranges.Where(r => FigureParts.IsCalendarYear(r.Range)).ToList();
        var other = ranges.Where(r => !FigureParts.IsCalendarYear(r.Range)).ToList();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(SessionSql, transaction: transaction, cancellationToken: cancellationToken));
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(Batch, new
        {
            PartPeriods = parts.Select(p => p.Period).ToArray(),
            PartFroms = parts.Select(p => p.From).ToArray(),
            PartTos = parts.Select(p => p.To).ToArray(),
            PartWhole = parts.Select(p => p.WholeMonths).ToArray(),
            FlowPeriods = ranges.Select(r => r.Period).ToArray(),
            FlowFroms = ranges.Select(r => r.Range.From).ToArray(),
            FlowTos = ranges.Select(r => r.Range.To).ToArray(),
            RepeatYearPeriods = yearly.Select(r => r.Period).ToArray(),
            RepeatYears = yearly.Select(r => r.Range.From.Year).ToArray(),
            RepeatPeriods = other.Select(r => r.Period).ToArray(),
            RepeatFroms = other.Select(r => r.Range.From).ToArray(),
            RepeatTos = other.Select(r => r.Range.To).ToArray(),
        }, transaction, cancellationToken: cancellationToken));
        var counts = (await results.ReadAsync<CountRow>()).ToList();
        var flows = (await results.ReadAsync<FlowRow>()).ToList();
        var repeats = (await results.ReadAsync<RepeatFilesRow>()).ToList();
        return FigureParts.ToRawFigures(counts, flows, repeats);
    }

    public async Task<IReadOnlyDictionary<int, int>> FileCountsAsync(IReadOnlyList<int> years, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<(int Year, int Files)>(new CommandDefinition(FileCountsSql, new { Years = years.ToArray() },
            cancellationToken: cancellationToken))).ToDictionary(r => r.Year, r => r.Files);
    }
}
