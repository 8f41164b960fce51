using Dapper;
using Klachten.Modules.Analysis.Application.Abstractions;
using Npgsql;

namespace Klachten.Modules.Analysis.Infrastructure.Persistence;

/// <summary>
/// The figures' SQL: six statements sent in one round trip, in one repeatable-read snapshot (all agree with each other). The
/// cohort (complaints received from @From to @To; period 1 from @Split, period 0 before it) is read five times through
/// ix_complaint_facts_received_on: the totals, two GROUPING SETS statements (counts only; counts with terms), the categories
/// (unnest) and the repeat files (by file key); the flows and the backlog are index counts on their own dates. See bench/analysis/NOTES.md.
/// </summary>
internal sealed class FigureReader(NpgsqlDataSource dataSource) : IFigureReader
{
    private const string Upheld = "outcome IN ('WellFounded', 'PartlyWellFounded')";

    private const string Cohort = """
        FROM analysis.complaint_facts
        WHERE received_on BETWEEN @From AND @To
        """;

    public const string TotalsSql = $"""
        SELECT (received_on >= @Split)::int AS period,
               count(*) AS complaints,
               count(*) FILTER (WHERE acknowledged_on IS NOT NULL) AS acknowledged,
               count(*) FILTER (WHERE acknowledgement_breached_at IS NOT NULL) AS acknowledgement_breaches,
               count(*) FILTER (WHERE acknowledged_on IS NULL AND acknowledgement_breached_at IS NOT NULL) AS unacknowledged_breached,
               count(*) FILTER (WHERE decision_letter_sent_on IS NOT NULL) AS decided,
               count(*) FILTER (WHERE {Upheld}) AS upheld,
               count(*) FILTER (WHERE settlement_breached_at IS NOT NULL) AS settlement_breaches,
               count(*) FILTER (WHERE decision_letter_sent_on IS NULL AND settlement_breached_at IS NOT NULL) AS undecided_breached,
               count(*) FILTER (WHERE extended_at IS NOT NULL) AS extended,
               count(*) FILTER (WHERE referral_submitted_on IS NOT NULL) AS referred,
               count(*) FILTER (WHERE referral_outcome IS NOT NULL) AS referrals_concluded,
               count(*) FILTER (WHERE closed_on IS NOT NULL) AS closed,
               count(*) FILTER (WHERE complainant_satisfied) AS satisfied,
               count(*) FILTER (WHERE cardinality(categories) > 1) AS multi_category,
               count(*) FILTER (WHERE classification_version = 0) AS unclassified
        {Cohort}
        GROUP BY 1
        """;

    public const string FlowsSql = """
        SELECT p.period,
               (SELECT count(*) FROM analysis.complaint_facts WHERE acknowledged_on BETWEEN p.from_on AND p.to_on) AS acknowledged,
               (SELECT count(*) FROM analysis.complaint_facts WHERE decision_letter_sent_on BETWEEN p.from_on AND p.to_on) AS decided,
               (SELECT count(*) FROM analysis.complaint_facts WHERE closed_on BETWEEN p.from_on AND p.to_on) AS closed,
               (SELECT count(*) FROM analysis.complaint_facts WHERE closed_on IS NULL AND received_on < p.from_on)
                 + (SELECT count(*) FROM analysis.complaint_facts WHERE closed_on >= p.from_on AND received_on < p.from_on) AS open_at_start,
               (SELECT count(*) FROM analysis.complaint_facts WHERE closed_on IS NULL AND received_on <= p.to_on)
                 + (SELECT count(*) FROM analysis.complaint_facts WHERE closed_on > p.to_on AND received_on <= p.to_on) AS open_at_end
        FROM (VALUES (0, @PreviousFrom::date, @PreviousTo::date), (1, @Split::date, @To::date)) AS p(period, from_on, to_on)
        WHERE p.from_on IS NOT NULL
        """;

    /// <summary>The dimensions that need only counts: one hash table per grouping set, two aggregates each.</summary>
    public const string GroupsSql = $"""
        SELECT period,
               CASE WHEN grouping(complainant_type) = 0 THEN 'complainant_type'
                    WHEN grouping(channel) = 0 THEN 'channel'
                    WHEN grouping(outcome) = 0 THEN 'outcome'
                    WHEN grouping(root_cause) = 0 THEN 'root_cause'
                    WHEN grouping(referral_outcome) = 0 THEN 'referral_outcome'
                    WHEN grouping(acknowledgement_days_late) = 0 THEN 'acknowledgement_days_late'
                    WHEN grouping(decision_days_late) = 0 THEN 'decision_days_late'
                    ELSE 'days_to_decision' END AS dimension,
               coalesce(complainant_type, channel, outcome, root_cause, referral_outcome, acknowledgement_days_late::text,
                        decision_days_late::text, days_to_decision::text) AS key,
               count(*) AS complaints,
               count(*) FILTER (WHERE {Upheld}) AS upheld,
               0::bigint AS decided, 0::bigint AS decided_in_time, 0::bigint AS acknowledged_in_time, 0::bigint AS acknowledgement_settled
        FROM (SELECT (received_on >= @Split)::int AS period, complainant_type, channel, outcome, root_cause, referral_outcome,
                     acknowledgement_days_late, decision_days_late, days_to_decision
              {Cohort}) AS cohort
        GROUP BY GROUPING SETS (
            (period, complainant_type), (period, channel), (period, outcome), (period, root_cause), (period, referral_outcome),
            (period, acknowledgement_days_late), (period, decision_days_late), (period, days_to_decision))
        """;

    /// <summary>The dimensions that also need the terms: per month (yyyyMM), per collection agent, per officer.</summary>
    public const string TermGroupsSql = $"""
        SELECT period,
               CASE WHEN grouping(collection_agent) = 0 THEN 'collection_agent'
                    WHEN grouping(handled_by) = 0 THEN 'officer'
                    ELSE 'month' END AS dimension,
               coalesce(collection_agent, handled_by, month::text) AS key,
               count(*) AS complaints,
               count(*) FILTER (WHERE {Upheld}) AS upheld,
               count(*) FILTER (WHERE decision_days_late IS NOT NULL) AS decided,
               count(*) FILTER (WHERE decision_days_late <= 0) AS decided_in_time,
               count(*) FILTER (WHERE acknowledgement_days_late <= 0) AS acknowledged_in_time,
               count(*) FILTER (WHERE acknowledgement_days_late IS NOT NULL OR acknowledgement_breached_at IS NOT NULL) AS acknowledgement_settled
        FROM (SELECT (received_on >= @Split)::int AS period, collection_agent, coalesce(decision_officer, officer) AS handled_by,
                     (extract(year FROM received_on) * 100 + extract(month FROM received_on))::int AS month, outcome,
                     acknowledgement_days_late, decision_days_late, acknowledgement_breached_at
              {Cohort}) AS cohort
        GROUP BY GROUPING SETS ((period, collection_agent), (period, handled_by), (period, month))
        """;

    public const string CategoriesSql = $"""
        SELECT (received_on >= @Split)::int AS period, category, count(*) AS complaints, count(*) FILTER (WHERE {Upheld}) AS upheld
        FROM analysis.complaint_facts, unnest(categories) AS category
        WHERE received_on BETWEEN @From AND @To
        GROUP BY 1, 2
        """;

    public const string RepeatFilesSql = $"""
        SELECT period, count(*) AS files, sum(complaints)::bigint AS complaints
        FROM (SELECT (received_on >= @Split)::int AS period, file_key, count(*) AS complaints
              {Cohort} AND file_key IS NOT NULL
              GROUP BY 1, 2
              HAVING count(*) > 1) AS repeated
        GROUP BY period
        """;

    private const string FileCountsSql = "SELECT year, files FROM analysis.yearly_file_counts WHERE year = ANY(@Years)";

    private const string Batch = $"{TotalsSql};\n{FlowsSql};\n{GroupsSql};\n{TermGroupsSql};\n{CategoriesSql};\n{RepeatFilesSql}";

    // Just-in-time compilation costs more than these statements save (a hundred milliseconds of compiling for 100,000 rows), and
    // the grouping sets stay in memory (hashed) instead of sorting on disk with the default work_mem.
    private const string SessionSql = "SET LOCAL jit = off; SET LOCAL work_mem = '64MB'";

    public async Task<RawFigures> ReadAsync(FigurePeriods periods, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(SessionSql, transaction: transaction, cancellationToken: cancellationToken));
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(Batch, new
        {
            From = periods.Previous?.From ?? periods.Current.From,
            Split = periods.Current.From,
            periods.Current.To,
            PreviousFrom = periods.Previous?.From,
            PreviousTo = periods.Previous?.To,
        }, transaction, cancellationToken: cancellationToken));
        return new RawFigures(
            (await results.ReadAsync<TotalsRow>()).ToList(),
            (await results.ReadAsync<FlowRow>()).ToList(),
            [.. await results.ReadAsync<GroupRow>(), .. await results.ReadAsync<GroupRow>()],
            (await results.ReadAsync<CategoryRow>()).ToList(),
            (await results.ReadAsync<RepeatFilesRow>()).ToList());
    }

    public async Task<IReadOnlyDictionary<int, int>> FileCountsAsync(IReadOnlyList<int> years, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<(int Year, int Files)>(new CommandDefinition(FileCountsSql, new { Years = years.ToArray() },
            cancellationToken: cancellationToken))).ToDictionary(r => r.Year, r => r.Files);
    }
}
