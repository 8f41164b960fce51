using System.Globalization;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Analysis.Application.SetFileCount;
using Klachten.Modules.Analysis.Contracts;
using Npgsql;

namespace Klachten.Modules.Analysis.Application.GetFileCount;

internal sealed class GetFileCountQueryHandler(NpgsqlDataSource dataSource, IAuditTrail audit, IResourceVersion version)
    : IQueryHandler<GetFileCountQuery, FileCountDto>
{
    private const string Sql = "SELECT files, entered_at, entered_by, version FROM analysis.yearly_file_counts WHERE year = @Year";

    private sealed class Row
    {
        public int Files { get; init; }
        public DateTimeOffset EnteredAt { get; init; }
        public string EnteredBy { get; init; } = "";
        public int Version { get; init; }
    }

    public async Task<FileCountDto> Handle(GetFileCountQuery query, CancellationToken cancellationToken)
    {
        var year = int.Parse(query.Year!, CultureInfo.InvariantCulture);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(Sql, new { Year = year },
            cancellationToken: cancellationToken));
        var found = row is null ? new FileCountDto(year, null, null, null, 0) : new FileCountDto(year, row.Files, row.EnteredAt, row.EnteredBy, row.Version);
        await audit.RecordAsync(new AuditEntry(AnalysisContracts.ModuleName, "FileCountRead", "YearlyAnalysis",
            year.ToString(CultureInfo.InvariantCulture)), cancellationToken);
        version.Answer(found.Version);
        return found;
    }
}
