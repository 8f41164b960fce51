using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Classification.Application.Abstractions;
using Klachten.Modules.Classification.Application.GetClassification;
using Klachten.Modules.Classification.Contracts;
using Npgsql;

namespace Klachten.Modules.Classification.Infrastructure.Persistence;

/// <summary>The classification for the one complaint view, by Classification's own confidentiality rule; not audited here.</summary>
internal sealed class ComplaintClassifications(NpgsqlDataSource dataSource, ICurrentUser user) : IComplaintClassifications
{
    private const string OfficerSql = """
        SELECT officer FROM classification.handling_officers WHERE complaint_id = @ComplaintId;
        SELECT EXISTS (SELECT 1 FROM classification.categories WHERE active);
        """;

    public async Task<ComplaintClassificationView?> GetAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var classification = await ClassificationReader.ReadAsync(connection, null, complaintId, cancellationToken);
        if (classification is null)
        {
            return null;
        }

        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(OfficerSql, new { ComplaintId = complaintId },
            cancellationToken: cancellationToken));
        var officer = await results.ReadSingleOrDefaultAsync<string?>();
        var activeCategory = await results.ReadSingleAsync<bool>();
        var mayRead = ClassificationAccess.MayRead(user, officer);
        return new ComplaintClassificationView(
            complaintId, classification.IsClassified, mayRead, classification.Version,
            mayRead ? classification.Categories : [],
            mayRead ? classification.RootCause : null,
            mayRead ? classification.RootCauseNote : null,
            mayRead
                ? [.. classification.History.Select(h => new ClassificationStep(h.Version, h.Change, h.Categories, h.RootCause, h.Reason, h.ChangedBy, h.ChangedAt))]
                : [],
            ClassificationAccess.AllowedActions(user, activeCategory || classification.Categories.Count > 0));
    }
}
