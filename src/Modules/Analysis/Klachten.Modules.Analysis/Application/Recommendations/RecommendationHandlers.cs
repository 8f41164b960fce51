using System.Globalization;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.Analysis.Domain;
using Klachten.Modules.Classification.Contracts;

namespace Klachten.Modules.Analysis.Application.Recommendations;

internal static class RecommendationMapping
{
    public static RecommendationDto ToDto(this RecommendationRecord r) => new(r.Id, r.Year, r.Text, r.Categories, r.RootCauses,
        Enum.Parse<MeasureKind>(r.SuggestedKind), r.CreatedAt, r.CreatedBy, r.ChangedAt, r.ChangedBy, r.WithdrawnAt, r.WithdrawnBy,
        r.Version);

    /// <summary>Codes as Classification spells them (the validator accepted any letter case), without repeats.</summary>
    public static async Task<(IReadOnlyList<string> Categories, IReadOnlyList<string> RootCauses)> CanonicalAsync(IClassificationCodes codes,
        IReadOnlyList<string> categories, IReadOnlyList<string> rootCauses, CancellationToken cancellationToken) =>
        (Canonical(categories, await codes.CategoriesAsync(cancellationToken)), Canonical(rootCauses, await codes.RootCausesAsync(cancellationToken)));

    private static List<string> Canonical(IReadOnlyList<string> values, IReadOnlyList<ClassificationCode> list) =>
        values.Select(v => list.First(c => string.Equals(c.Code, v, StringComparison.OrdinalIgnoreCase)).Code).Distinct().ToList();
}

internal sealed class AddRecommendationCommandHandler(IRecommendations recommendations, IClassificationCodes codes, ICurrentUser user,
    IAuditTrail audit, TimeProvider time) : ICommandHandler<AddRecommendationCommand, RecommendationDto>
{
    public async Task<RecommendationDto> Handle(AddRecommendationCommand command, CancellationToken cancellationToken)
    {
        var (categories, rootCauses) = await RecommendationMapping.CanonicalAsync(codes, command.Categories, command.RootCauses, cancellationToken);
        var now = time.GetUtcNow();
        var record = new RecommendationRecord(Guid.CreateVersion7(now), command.Year, command.Text, categories, rootCauses,
            command.SuggestedKind.ToString(), now, user.UserName, null, null, null, null, 1);
        await recommendations.AddAsync(record, cancellationToken);
        await audit.RecordAsync(new AuditEntry(AnalysisContracts.ModuleName, "RecommendationAdded", "Recommendation", record.Id.ToString(),
            new { record.Year }), cancellationToken);
        return record.ToDto();
    }
}

internal sealed class UpdateRecommendationCommandHandler(IRecommendations recommendations, IClassificationCodes codes, ICurrentUser user,
    IAuditTrail audit, TimeProvider time) : ICommandHandler<UpdateRecommendationCommand, RecommendationDto>
{
    public async Task<RecommendationDto> Handle(UpdateRecommendationCommand command, CancellationToken cancellationToken)
    {
        var existing = await recommendations.GetForUpdateAsync(command.Year, command.Id, cancellationToken)
            ?? throw new NotFoundException("Recommendation", command.Id);
        Recommendation.EnsureOpen(existing.WithdrawnAt);
        var (categories, rootCauses) = await RecommendationMapping.CanonicalAsync(codes, command.Categories, command.RootCauses, cancellationToken);
        var changed = existing with
        {
            Text = command.Text,
            Categories = categories,
            RootCauses = rootCauses,
            SuggestedKind = command.SuggestedKind.ToString(),
            ChangedAt = time.GetUtcNow(),
            ChangedBy = user.UserName,
        };
        var saved = await recommendations.UpdateAsync(changed, cancellationToken);
        await audit.RecordAsync(new AuditEntry(AnalysisContracts.ModuleName, "RecommendationChanged", "Recommendation", existing.Id.ToString(),
            new { Previous = existing.Text }), cancellationToken);
        return saved.ToDto();
    }
}

internal sealed class WithdrawRecommendationCommandHandler(IRecommendations recommendations, ICurrentUser user, IAuditTrail audit, TimeProvider time)
    : ICommandHandler<WithdrawRecommendationCommand, RecommendationDto>
{
    public async Task<RecommendationDto> Handle(WithdrawRecommendationCommand command, CancellationToken cancellationToken)
    {
        var existing = await recommendations.GetForUpdateAsync(command.Year, command.Id, cancellationToken)
            ?? throw new NotFoundException("Recommendation", command.Id);
        Recommendation.EnsureOpen(existing.WithdrawnAt);
        var withdrawn = existing with { WithdrawnAt = time.GetUtcNow(), WithdrawnBy = user.UserName };
        var saved = await recommendations.UpdateAsync(withdrawn, cancellationToken);
        await audit.RecordAsync(new AuditEntry(AnalysisContracts.ModuleName, "RecommendationWithdrawn", "Recommendation", existing.Id.ToString()),
            cancellationToken);
        return saved.ToDto();
    }
}

internal sealed class ListRecommendationsQueryHandler(IRecommendations recommendations, IAuditTrail audit, IResourceVersion version)
    : IQueryHandler<ListRecommendationsQuery, IReadOnlyList<RecommendationDto>>
{
    public async Task<IReadOnlyList<RecommendationDto>> Handle(ListRecommendationsQuery query, CancellationToken cancellationToken)
    {
        var year = int.Parse(query.Year!, CultureInfo.InvariantCulture);
        var list = await recommendations.ListAsync(year, withWithdrawn: true, cancellationToken);
        await audit.RecordAsync(new AuditEntry(AnalysisContracts.ModuleName, "RecommendationsListed", "YearlyAnalysis",
            year.ToString(CultureInfo.InvariantCulture)), cancellationToken);
        version.Answer(DraftVersion.Of(list));
        return list.Select(r => r.ToDto()).ToList();
    }
}

internal sealed class GetRecommendationQueryHandler(IRecommendations recommendations, IAuditTrail audit, IResourceVersion version)
    : IQueryHandler<GetRecommendationQuery, RecommendationDto>
{
    public async Task<RecommendationDto> Handle(GetRecommendationQuery query, CancellationToken cancellationToken)
    {
        var year = int.Parse(query.Year!, CultureInfo.InvariantCulture);
        var found = await recommendations.FindAsync(year, query.Id, cancellationToken) ?? throw new NotFoundException("Recommendation", query.Id);
        await audit.RecordAsync(new AuditEntry(AnalysisContracts.ModuleName, "RecommendationRead", "Recommendation", found.Id.ToString()),
            cancellationToken);
        version.Answer(found.Version);
        return found.ToDto();
    }
}
