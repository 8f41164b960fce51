using System.Globalization;
using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Analysis.Application.Figures;
using Klachten.Modules.Analysis.Application.PublishYearlyAnalysis;
using Klachten.Modules.Analysis.Contracts;

namespace Klachten.Modules.Analysis.Application.GetPublications;

internal sealed record ListPublicationsQuery(string? Year) : IQuery<IReadOnlyList<PublicationSummaryDto>>;

internal sealed record GetPublicationQuery(string? Year, int Version) : IQuery<PublishedYearDto>;

internal sealed class ListPublicationsQueryValidator : AbstractValidator<ListPublicationsQuery>
{
    public ListPublicationsQueryValidator(TimeProvider time) => RuleFor(q => q.Year).Year(time);
}

internal sealed class GetPublicationQueryValidator : AbstractValidator<GetPublicationQuery>
{
    public GetPublicationQueryValidator(TimeProvider time) => RuleFor(q => q.Year).Year(time);
}

internal sealed class ListPublicationsQueryHandler(IPublications publications, IAuditTrail audit)
    : IQueryHandler<ListPublicationsQuery, IReadOnlyList<PublicationSummaryDto>>
{
    public async Task<IReadOnlyList<PublicationSummaryDto>> Handle(ListPublicationsQuery query, CancellationToken cancellationToken)
    {
        var year = int.Parse(query.Year!, CultureInfo.InvariantCulture);
        var list = await publications.ListYearlyAsync(year, cancellationToken);
        await audit.RecordAsync(new AuditEntry(AnalysisContracts.ModuleName, "PublicationsListed", "YearlyAnalysis", query.Year!), cancellationToken);
        return list.Select(p => new PublicationSummaryDto(p.Year, p.Version, p.PublishedAt, p.PublishedBy, p.CorrectionReason)).ToList();
    }
}

/// <summary>A published version exactly as frozen (later events do not change it). Audited.</summary>
internal sealed class GetPublicationQueryHandler(IPublications publications, IAuditTrail audit) : IQueryHandler<GetPublicationQuery, PublishedYearDto>
{
    public async Task<PublishedYearDto> Handle(GetPublicationQuery query, CancellationToken cancellationToken)
    {
        var year = int.Parse(query.Year!, CultureInfo.InvariantCulture);
        var p = await publications.GetYearlyAsync(year, query.Version, cancellationToken)
            ?? throw new NotFoundException("Publication", $"{year}/{query.Version}");
        await audit.RecordAsync(new AuditEntry(AnalysisContracts.ModuleName, "YearlyAnalysisRead", "YearlyAnalysis", $"{year}/{query.Version}"),
            cancellationToken);
        return new PublishedYearDto(p.Year, p.Version, p.PublishedAt, p.PublishedBy, p.CorrectionReason,
            PublicationJson.Deserialize<YearFiguresDto>(p.FiguresJson), p.Recommendations, p.KeyFigures);
    }
}
