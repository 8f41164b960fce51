using Dapper;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Analysis.Application.Figures;
using Klachten.Modules.Analysis.Contracts;
using Npgsql;

namespace Klachten.Modules.Analysis.Infrastructure.Persistence;

/// <summary>Writes in the running unit of work; reads on their own connection (reads may come from queries or other modules).</summary>
internal sealed class Publications(IDbSession session, NpgsqlDataSource dataSource) : IPublications
{
    // One lock per year for the transaction: two publications of one year get consecutive versions, never the same one.
    private const string LockYearSql = """
        SELECT pg_advisory_xact_lock(hashtext('analysis.yearly_publications'), @Year);
        SELECT coalesce(max(version), 0) FROM analysis.yearly_publications WHERE year = @Year;
        """;

    private const string InsertYearlySql = """
        INSERT INTO analysis.yearly_publications (year, version, published_at, published_by, correction_reason, figures, recommendations, key_figures)
        VALUES (@Year, @Version, @PublishedAt, @PublishedBy, @CorrectionReason, @Figures::jsonb, @Recommendations::jsonb, @KeyFigures::jsonb)
        """;

    private const string YearlyColumns = """
        year, version, published_at, published_by, correction_reason, figures::text AS figures, recommendations::text AS recommendations,
        key_figures::text AS key_figures
        """;

    private const string GetYearlySql = $"SELECT {YearlyColumns} FROM analysis.yearly_publications WHERE year = @Year AND version = @Version";

    private const string ListYearlySql = $"SELECT {YearlyColumns} FROM analysis.yearly_publications WHERE year = @Year ORDER BY version";

    private const string InsertReportSql = """
        INSERT INTO analysis.period_reports (id, title, period_from, period_to, saved_at, saved_by, figures, key_figures)
        VALUES (@Id, @Title, @From, @To, @SavedAt, @SavedBy, @Figures::jsonb, @KeyFigures::jsonb)
        """;

    private const string ReportColumns = """
        id, title, period_from, period_to, saved_at, saved_by, figures::text AS figures, key_figures::text AS key_figures
        """;

    private const string GetReportSql = $"SELECT {ReportColumns} FROM analysis.period_reports WHERE id = @Id";

    private const string ListReportsSql = $"SELECT {ReportColumns} FROM analysis.period_reports ORDER BY saved_at DESC";

    private const string InsertDocumentSql = """
        INSERT INTO analysis.publication_documents (owner_kind, owner_key, name, content_type, content)
        VALUES (@OwnerKind, @OwnerKey, @Name, @ContentType, @Content)
        """;

    private const string GetDocumentSql = """
        SELECT content_type, content FROM analysis.publication_documents WHERE owner_kind = @OwnerKind AND owner_key = @OwnerKey AND name = @Name
        """;

    private sealed class YearlyRow
    {
        public int Year { get; init; }
        public int Version { get; init; }
        public DateTimeOffset PublishedAt { get; init; }
        public string PublishedBy { get; init; } = "";
        public string? CorrectionReason { get; init; }
        public string Figures { get; init; } = "";
        public string Recommendations { get; init; } = "";
        public string KeyFigures { get; init; } = "";

        public YearlyPublicationRecord ToRecord() => new(Year, Version, PublishedAt, PublishedBy, CorrectionReason, Figures,
            PublicationJson.Deserialize<List<PublishedRecommendation>>(Recommendations), PublicationJson.Deserialize<List<KeyFigure>>(KeyFigures));
    }

    private sealed class ReportRow
    {
        public Guid Id { get; init; }
        public string Title { get; init; } = "";
        public DateOnly PeriodFrom { get; init; }
        public DateOnly PeriodTo { get; init; }
        public DateTimeOffset SavedAt { get; init; }
        public string SavedBy { get; init; } = "";
        public string Figures { get; init; } = "";
        public string KeyFigures { get; init; } = "";

        public PeriodReportRecord ToRecord() =>
            new(Id, Title, PeriodFrom, PeriodTo, SavedAt, SavedBy, Figures, PublicationJson.Deserialize<List<KeyFigure>>(KeyFigures));
    }

    public async Task<int> LockYearAsync(int year, CancellationToken cancellationToken)
    {
        await using var results = await session.Connection.QueryMultipleAsync(new CommandDefinition(LockYearSql, new { Year = year },
            session.Transaction, cancellationToken: cancellationToken));
        await results.ReadAsync();
        return await results.ReadSingleAsync<int>();
    }

    public Task AddYearlyAsync(YearlyPublicationRecord p, CancellationToken cancellationToken) =>
        session.Connection.ExecuteAsync(new CommandDefinition(InsertYearlySql, new
        {
            p.Year, p.Version, p.PublishedAt, p.PublishedBy, p.CorrectionReason, Figures = p.FiguresJson,
            Recommendations = PublicationJson.Serialize(p.Recommendations), KeyFigures = PublicationJson.Serialize(p.KeyFigures),
        }, session.Transaction, cancellationToken: cancellationToken));

    public async Task<YearlyPublicationRecord?> GetYearlyAsync(int year, int version, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QuerySingleOrDefaultAsync<YearlyRow>(new CommandDefinition(GetYearlySql, new { Year = year, Version = version },
            cancellationToken: cancellationToken)))?.ToRecord();
    }

    public async Task<IReadOnlyList<YearlyPublicationRecord>> ListYearlyAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<YearlyRow>(new CommandDefinition(ListYearlySql, new { Year = year }, cancellationToken: cancellationToken)))
            .Select(r => r.ToRecord()).ToList();
    }

    public Task AddPeriodReportAsync(PeriodReportRecord r, CancellationToken cancellationToken) =>
        session.Connection.ExecuteAsync(new CommandDefinition(InsertReportSql, new
        {
            r.Id, r.Title, r.From, r.To, r.SavedAt, r.SavedBy, Figures = r.FiguresJson, KeyFigures = PublicationJson.Serialize(r.KeyFigures),
        }, session.Transaction, cancellationToken: cancellationToken));

    public async Task<PeriodReportRecord?> GetPeriodReportAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QuerySingleOrDefaultAsync<ReportRow>(new CommandDefinition(GetReportSql, new { Id = id },
            cancellationToken: cancellationToken)))?.ToRecord();
    }

    public async Task<IReadOnlyList<PeriodReportRecord>> ListPeriodReportsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<ReportRow>(new CommandDefinition(ListReportsSql, cancellationToken: cancellationToken)))
            .Select(r => r.ToRecord()).ToList();
    }

    public Task AddDocumentAsync(string ownerKind, string ownerKey, string name, string contentType, byte[] content, CancellationToken cancellationToken) =>
        session.Connection.ExecuteAsync(new CommandDefinition(InsertDocumentSql,
            new { OwnerKind = ownerKind, OwnerKey = ownerKey, Name = name, ContentType = contentType, Content = content },
            session.Transaction, cancellationToken: cancellationToken));

    public async Task<(string ContentType, byte[] Content)?> GetDocumentAsync(string ownerKind, string ownerKey, string name,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(string ContentType, byte[] Content)?>(new CommandDefinition(GetDocumentSql,
            new { OwnerKind = ownerKind, OwnerKey = ownerKey, Name = name }, cancellationToken: cancellationToken));
        return row;
    }
}
