using System.Globalization;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.Modules.Analysis.Contracts;

namespace Klachten.Modules.Analysis.Application.SetFileCount;

/// <summary>Enters (or corrects) the year's number of files; the audit trail keeps every earlier value.</summary>
internal sealed class SetFileCountCommandHandler(IDbSession session, ICurrentUser user, IAuditTrail audit, TimeProvider time)
    : ICommandHandler<SetFileCountCommand, FileCountDto>
{
    private const string UpsertSql = """
        INSERT INTO analysis.yearly_file_counts (year, files, entered_at, entered_by) VALUES (@Year, @Files, @At, @By)
        ON CONFLICT (year) DO UPDATE SET files = excluded.files, entered_at = excluded.entered_at, entered_by = excluded.entered_by
        """;

    public async Task<FileCountDto> Handle(SetFileCountCommand command, CancellationToken cancellationToken)
    {
        var result = new FileCountDto(command.Year, command.Files, time.GetUtcNow(), user.UserName);
        await session.Connection.ExecuteAsync(new CommandDefinition(UpsertSql,
            new { result.Year, result.Files, At = result.EnteredAt, By = result.EnteredBy }, session.Transaction, cancellationToken: cancellationToken));
        await audit.RecordAsync(new AuditEntry(AnalysisContracts.ModuleName, "FileCountEntered", "YearlyAnalysis",
            result.Year.ToString(CultureInfo.InvariantCulture), new { result.Files }), cancellationToken);
        return result;
    }
}
