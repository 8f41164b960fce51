using System.Globalization;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Analysis.Application.Figures;
using Klachten.Modules.Analysis.Application.GetYearFigures;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.Analysis.Domain;

namespace Klachten.Modules.Analysis.Application.PublishYearlyAnalysis;

/// <summary>
/// Publishing takes the year's lock, numbers the version, freezes the figures as they are now, the draft's recommendations
/// (their ids carry over to later versions) and the key figures (and, where a document renderer is registered, the PDF,
/// XLSX and charts), and raises YearlyAnalysisPublished in the same transaction.
/// </summary>
internal sealed class PublishYearlyAnalysisCommandHandler(
    IPublications publications,
    IRecommendations recommendations,
    IYearFigures yearFigures,
    IEnumerable<IPublicationDocuments> documents,
    IOutbox outbox,
    ICurrentUser user,
    IAuditTrail audit,
    TimeProvider time) : ICommandHandler<PublishYearlyAnalysisCommand, PublishedYearDto>
{
    public async Task<PublishedYearDto> Handle(PublishYearlyAnalysisCommand command, CancellationToken cancellationToken)
    {
        var year = int.Parse(command.Year!, CultureInfo.InvariantCulture);
        var reason = string.IsNullOrWhiteSpace(command.CorrectionReason) ? null : command.CorrectionReason.Trim();
        var version = Publication.NextVersion(await publications.LockYearAsync(year, cancellationToken), reason);

        var figures = await yearFigures.ComputeAsync(year, cancellationToken);
        var published = (await recommendations.ListAsync(year, withWithdrawn: false, cancellationToken))
            .Select(r => new PublishedRecommendation(r.Id, r.Text, r.Categories, r.RootCauses, Enum.Parse<MeasureKind>(r.SuggestedKind)))
            .ToList();
        var record = new YearlyPublicationRecord(year, version, time.GetUtcNow(), user.UserName, reason, PublicationJson.Serialize(figures),
            published, KeyFigures.Of(figures.Current));
        await publications.AddYearlyAsync(record, cancellationToken);
        foreach (var renderer in documents)
        {
            foreach (var document in renderer.ForYear(record, figures))
            {
                await publications.AddDocumentAsync("year", $"{year}/{version}", document.Name, document.ContentType, document.Content, cancellationToken);
            }
        }

        await outbox.EnqueueAsync(new YearlyAnalysisPublished(year, version, record.PublishedAt, record.PublishedBy, reason, published), cancellationToken);
        await audit.RecordAsync(new AuditEntry(AnalysisContracts.ModuleName, "YearlyAnalysisPublished", "YearlyAnalysis",
            $"{year}/{version}", new { Recommendations = published.Count, CorrectionReason = reason }), cancellationToken);
        return new PublishedYearDto(year, version, record.PublishedAt, record.PublishedBy, reason, figures, published, record.KeyFigures);
    }
}

/// <summary>
/// Renders what is frozen with a publication besides its figures (PDF, XLSX, chart PNGs). Implemented where the documents
/// building block is available; without one, a publication holds its figures and recommendations only.
/// </summary>
internal interface IPublicationDocuments
{
    IReadOnlyList<RenderedDocument> ForYear(YearlyPublicationRecord publication, YearFiguresDto figures);

    IReadOnlyList<RenderedDocument> ForPeriodReport(PeriodReportRecord report, PeriodFiguresDto figures);
}

internal sealed record RenderedDocument(string Name, string ContentType, byte[] Content);
