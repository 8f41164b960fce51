using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Calendar;
using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Analysis.Application.Figures;
using Klachten.Modules.Analysis.Application.GetYearFigures;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.Analysis.Domain;

namespace Klachten.Modules.Analysis.Application.PublishYearlyAnalysis;

/// <summary>
/// Publishing takes the year's lock, numbers the version, freezes the figures as they are now, the draft's recommendations
/// (their ids carry over to later versions) and the key figures (with the PDF,
/// XLSX and chart PNGs, served byte-identical later), and raises YearlyAnalysisPublished in the same transaction. An If-Match
/// names the draft the quality manager saw (the recommendations list's ETag, ADR 0018): a draft changed since is a 412, so what
/// is frozen is what was read. The figures are not part of it: they follow the complaints and are frozen as they are now.
/// </summary>
internal sealed class PublishYearlyAnalysisCommandHandler(
    IPublications publications,
    IRecommendations recommendations,
    IYearFigures yearFigures,
    IAnalysisDocuments documents,
    IOutbox outbox,
    ICurrentUser user,
    IAuditTrail audit,
    IResourceVersion draftVersion,
    TimeProvider time) : ICommandHandler<PublishYearlyAnalysisCommand, PublishedYearDto>
{
    public async Task<PublishedYearDto> Handle(PublishYearlyAnalysisCommand command, CancellationToken cancellationToken)
    {
        var year = command.Year;
        var reason = command.CorrectionReason;
        var latest = await publications.LockYearAsync(year, cancellationToken);
        // One read of the draft for both the check and what is frozen, so the two cannot differ; the 412 before the rules.
        var draft = await recommendations.ListAsync(year, withWithdrawn: true, cancellationToken);
        draftVersion.EnsureCurrent(DraftVersion.Of(draft), $"The draft of the yearly analysis {year}");
        var version = Publication.NextVersion(latest, reason);

        var figures = await yearFigures.ComputeAsync(year, cancellationToken);
        var published = draft.Where(r => r.WithdrawnAt is null)
            .Select(r => new PublishedRecommendation(r.Id, r.Text, r.Categories, r.RootCauses, Enum.Parse<MeasureKind>(r.SuggestedKind)))
            .ToList();
        var record = new YearlyPublicationRecord(year, version, time.GetUtcNow(), user.UserName, reason, PublicationJson.Serialize(figures),
            published, KeyFigures.Of(figures.Current));
        await publications.AddYearlyAsync(record, cancellationToken);
        var edition = new DocumentEdition($"Jaaranalyse klachten {year}",
            $"Versie {version}, gepubliceerd op {DutchDates.Long(AmsterdamTime.LocalDate(record.PublishedAt))} door {record.PublishedBy}",
            record.PublishedAt, reason);
        var owner = $"{year}/{version}";
        await publications.AddDocumentAsync("year", owner, "analysis.pdf", DocumentFile.Pdf,
            await documents.YearPdfAsync(figures, edition, published, cancellationToken), cancellationToken);
        await publications.AddDocumentAsync("year", owner, "tables.xlsx", DocumentFile.Xlsx, await documents.YearXlsxAsync(figures, cancellationToken),
            cancellationToken);
        foreach (var chart in documents.ChartNames)
        {
            await publications.AddDocumentAsync("year", owner, $"{chart}.png", DocumentFile.Png,
                (await documents.ChartPngAsync(chart, figures, figures.Current, cancellationToken))!, cancellationToken);
        }

        await outbox.EnqueueAsync(new YearlyAnalysisPublished(year, version, record.PublishedAt, record.PublishedBy, reason, published), cancellationToken);
        await audit.RecordAsync(new AuditEntry(AnalysisContracts.ModuleName, "YearlyAnalysisPublished", "YearlyAnalysis",
            $"{year}/{version}", new { Recommendations = published.Count, CorrectionReason = reason }), cancellationToken);
        return new PublishedYearDto(year, version, record.PublishedAt, record.PublishedBy, reason, figures, published, record.KeyFigures);
    }
}

