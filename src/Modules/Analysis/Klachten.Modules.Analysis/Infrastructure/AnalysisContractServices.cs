using Dapper;
using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Analysis.Contracts;
using Npgsql;

namespace Klachten.Modules.Analysis.Infrastructure;

/// <summary>Complaint counts for PreventiveAction (before and after a measure), from the read model. Aggregates only.</summary>
internal sealed class ComplaintStatistics(NpgsqlDataSource dataSource) : IComplaintStatistics
{
    private const string CountSql = """
        SELECT count(*)::int AS received, (count(*) FILTER (WHERE outcome IN ('WellFounded', 'PartlyWellFounded')))::int AS upheld
        FROM analysis.complaint_facts
        WHERE received_on BETWEEN @From AND @To
          AND ((cardinality(@Categories) = 0 AND cardinality(@RootCauses) = 0)
               OR categories && @Categories OR root_cause = ANY(@RootCauses))
        """;

    public async Task<ComplaintCount> CountAsync(ComplaintCountRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var (received, upheld) = await connection.QuerySingleAsync<(int, int)>(new CommandDefinition(CountSql, new
        {
            request.From, request.To, Categories = request.Categories.ToArray(), RootCauses = request.RootCauses.ToArray(),
        }, cancellationToken: cancellationToken));
        return new ComplaintCount(request.From, request.To, received, upheld);
    }
}

/// <summary>What the meeting pack may show of a publication: the frozen key figures, chart PNGs and recommendations.</summary>
internal sealed class PublishedAnalyses(IPublications publications) : IPublishedAnalyses
{
    public static readonly IReadOnlyList<(string Name, string Title)> ChartNames = AnalysisCharts.All;

    public async Task<PublishedAnalysisSummary?> GetYearlyAsync(int year, int version, CancellationToken cancellationToken)
    {
        var p = await publications.GetYearlyAsync(year, version, cancellationToken);
        if (p is null)
        {
            return null;
        }

        return new PublishedAnalysisSummary($"Jaaranalyse klachten {year}", new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), year, version,
            p.PublishedAt, p.PublishedBy, p.KeyFigures, await ChartsAsync("year", $"{year}/{version}", cancellationToken), p.Recommendations);
    }

    public async Task<PublishedAnalysisSummary?> GetPeriodReportAsync(Guid reportId, CancellationToken cancellationToken)
    {
        var r = await publications.GetPeriodReportAsync(reportId, cancellationToken);
        if (r is null)
        {
            return null;
        }

        return new PublishedAnalysisSummary(r.Title, r.From, r.To, null, null, r.SavedAt, r.SavedBy, r.KeyFigures,
            await ChartsAsync("report", r.Id.ToString(), cancellationToken), []);
    }

    private async Task<IReadOnlyList<PublishedChart>> ChartsAsync(string ownerKind, string ownerKey, CancellationToken cancellationToken)
    {
        var charts = new List<PublishedChart>();
        foreach (var (name, title) in ChartNames)
        {
            if (await publications.GetDocumentAsync(ownerKind, ownerKey, $"{name}.png", cancellationToken) is { } png)
            {
                charts.Add(new PublishedChart(name, title, png.Content));
            }
        }

        return charts;
    }
}
