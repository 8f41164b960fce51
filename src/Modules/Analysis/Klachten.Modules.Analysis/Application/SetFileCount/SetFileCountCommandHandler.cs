using System.Globalization;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.Modules.Analysis.Contracts;

namespace Klachten.Modules.Analysis.Application.SetFileCount;

/// <summary>
/// Enters (or corrects) the year's number of files; the audit trail keeps every earlier value. The row's version is checked
/// against If-Match under its lock (ADR 0018); a year without a number is version 0, so two first entries race safely too.
/// </summary>
internal sealed class SetFileCountCommandHandler(IDbSession session, ICurrentUser user, IAuditTrail audit, TimeProvider time, IResourceVersion version)
    : ICommandHandler<SetFileCountCommand, FileCountDto>
{
    private const string LockSql = "SELECT version FROM analysis.yearly_file_counts WHERE year = @Year FOR UPDATE";

    private const string InsertSql = """
        INSERT INTO analysis.yearly_file_counts (year, files, entered_at, entered_by, version) VALUES (@Year, @Files, @At, @By, 1)
        ON CONFLICT (year) DO NOTHING
        RETURNING version
        """;

    private const string UpdateSql = """
        UPDATE analysis.yearly_file_counts SET files = @Files, entered_at = @At, entered_by = @By, version = version + 1
        WHERE year = @Year AND version = @Version
        RETURNING version
        """;

    public async Task<FileCountDto> Handle(SetFileCountCommand command, CancellationToken cancellationToken)
    {
        var what = $"The number of files of {command.Year}";
        var loaded = await session.Connection.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(LockSql, new { command.Year },
            session.Transaction, cancellationToken: cancellationToken)) ?? 0;
        version.EnsureCurrent(loaded, what);
        var expected = version.ExpectedOr(loaded);

        var now = time.GetUtcNow();
        var saved = await session.Connection.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(expected == 0 ? InsertSql : UpdateSql,
            new { command.Year, command.Files, At = now, By = user.UserName, Version = expected }, session.Transaction,
            cancellationToken: cancellationToken));
        if (saved is not { } newVersion)
        {
            throw version.Expected is null
                ? new ConcurrencyConflictException($"{what} was entered by someone else at the same time; reload it and try again.")
                : ResourceVersionRules.Stale(what);
        }

        version.Answer(newVersion);
        await audit.RecordAsync(new AuditEntry(AnalysisContracts.ModuleName, "FileCountEntered", "YearlyAnalysis",
            command.Year.ToString(CultureInfo.InvariantCulture), new { command.Files }), cancellationToken);
        return new FileCountDto(command.Year, command.Files, now, user.UserName, newVersion);
    }
}
