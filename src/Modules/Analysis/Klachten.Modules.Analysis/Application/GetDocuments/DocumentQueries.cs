using System.Globalization;
using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Calendar;
using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Analysis.Application.Figures;
using Klachten.Modules.Analysis.Application.GetPeriodReport;
using Klachten.Modules.Analysis.Application.GetYearFigures;
using Klachten.Modules.Analysis.Contracts;

namespace Klachten.Modules.Analysis.Application.GetDocuments;

internal enum DocumentKind
{
    Pdf,
    Xlsx,
}

internal enum ChartFormat
{
    Png,
    Svg,
}

/// <summary>The year's analysis as PDF or XLSX: the latest published version as stored, or the live draft while none is.</summary>
internal sealed record GetYearDocumentQuery(string? Year, DocumentKind Kind) : IQuery<DocumentFile>;

/// <summary>A published version's PDF or XLSX exactly as stored at publication.</summary>
internal sealed record GetPublicationDocumentQuery(string? Year, int Version, DocumentKind Kind) : IQuery<DocumentFile>;

/// <summary>A saved period report's PDF or XLSX exactly as stored.</summary>
internal sealed record GetSavedReportDocumentQuery(Guid Id, DocumentKind Kind) : IQuery<DocumentFile>;

/// <summary>A period report rendered now (from/to as for GET /reports).</summary>
internal sealed record GetPeriodDocumentQuery(string? From, string? To, DocumentKind Kind) : IQuery<DocumentFile>;

/// <summary>A chart of a year (beside the previous) when <see cref="Year"/> is given, else of the period from/to.</summary>
internal sealed record GetChartQuery(string? Year, string? From, string? To, string Name, ChartFormat Format) : IQuery<DocumentFile>;

internal sealed class GetYearDocumentQueryValidator : AbstractValidator<GetYearDocumentQuery>
{
    public GetYearDocumentQueryValidator(TimeProvider time) => RuleFor(q => q.Year).Year(time);
}

internal sealed class GetPublicationDocumentQueryValidator : AbstractValidator<GetPublicationDocumentQuery>
{
    public GetPublicationDocumentQueryValidator(TimeProvider time) => RuleFor(q => q.Year).Year(time);
}

internal sealed class GetPeriodDocumentQueryValidator : AbstractValidator<GetPeriodDocumentQuery>
{
    public GetPeriodDocumentQueryValidator(TimeProvider time) => this.PeriodRules(q => q.From, q => q.To, time);
}

internal sealed class GetChartQueryValidator : AbstractValidator<GetChartQuery>
{
    public GetChartQueryValidator(TimeProvider time)
    {
        RuleFor(q => q.Year).Year(time).When(q => q.Year is not null);
        this.PeriodRules(q => q.From, q => q.To, time);
    }
}

internal static class DocumentNames
{
    public static string Stored(DocumentKind kind, bool year) => kind == DocumentKind.Xlsx ? "tables.xlsx" : year ? "analysis.pdf" : "report.pdf";

    public static string ContentType(DocumentKind kind) => kind == DocumentKind.Xlsx ? DocumentFile.Xlsx : DocumentFile.Pdf;

    public static string Extension(DocumentKind kind) => kind == DocumentKind.Xlsx ? "xlsx" : "pdf";
}

internal sealed class GetYearDocumentQueryHandler(IPublications publications, IRecommendations recommendations, IYearFigures yearFigures,
    IAnalysisDocuments documents, IAuditTrail audit, TimeProvider time) : IQueryHandler<GetYearDocumentQuery, DocumentFile>
{
    public async Task<DocumentFile> Handle(GetYearDocumentQuery query, CancellationToken cancellationToken)
    {
        var year = int.Parse(query.Year!, CultureInfo.InvariantCulture);
        var latest = (await publications.ListYearlyAsync(year, cancellationToken)).LastOrDefault();
        var extension = DocumentNames.Extension(query.Kind);
        DocumentFile file;
        if (latest is not null
            && await publications.GetDocumentAsync("year", $"{year}/{latest.Version}", DocumentNames.Stored(query.Kind, true), cancellationToken) is { } stored)
        {
            file = new DocumentFile(stored.Content, stored.ContentType, $"jaaranalyse-klachten-{year}-versie-{latest.Version}.{extension}");
        }
        else
        {
            var figures = await yearFigures.ComputeAsync(year, cancellationToken);
            var draft = (await recommendations.ListAsync(year, withWithdrawn: false, cancellationToken))
                .Select(r => new PublishedRecommendation(r.Id, r.Text, r.Categories, r.RootCauses, Enum.Parse<MeasureKind>(r.SuggestedKind))).ToList();
            var edition = new DocumentEdition($"Jaaranalyse klachten {year}",
                $"Concept, nog niet gepubliceerd (stand van {DutchDates.Long(AmsterdamTime.LocalDate(time.GetUtcNow()))})", null);
            var content = query.Kind == DocumentKind.Xlsx
                ? await documents.YearXlsxAsync(figures, cancellationToken)
                : await documents.YearPdfAsync(figures, edition, draft, cancellationToken);
            file = new DocumentFile(content, DocumentNames.ContentType(query.Kind), $"jaaranalyse-klachten-{year}-concept.{extension}");
        }

        await audit.RecordAsync(new AuditEntry(AnalysisContracts.ModuleName, "YearlyAnalysisDownloaded", "YearlyAnalysis", query.Year!,
            new { Version = latest?.Version, Kind = query.Kind.ToString() }), cancellationToken);
        return file;
    }
}

internal sealed class GetPublicationDocumentQueryHandler(IPublications publications, IAuditTrail audit)
    : IQueryHandler<GetPublicationDocumentQuery, DocumentFile>
{
    public async Task<DocumentFile> Handle(GetPublicationDocumentQuery query, CancellationToken cancellationToken)
    {
        var owner = $"{query.Year}/{query.Version}";
        var stored = await publications.GetDocumentAsync("year", owner, DocumentNames.Stored(query.Kind, true), cancellationToken)
            ?? throw new NotFoundException("Published document", owner);
        await audit.RecordAsync(new AuditEntry(AnalysisContracts.ModuleName, "YearlyAnalysisDownloaded", "YearlyAnalysis", owner,
            new { Kind = query.Kind.ToString() }), cancellationToken);
        return new DocumentFile(stored.Content, stored.ContentType,
            $"jaaranalyse-klachten-{query.Year}-versie-{query.Version}.{DocumentNames.Extension(query.Kind)}");
    }
}

internal sealed class GetSavedReportDocumentQueryHandler(IPublications publications, IAuditTrail audit)
    : IQueryHandler<GetSavedReportDocumentQuery, DocumentFile>
{
    public async Task<DocumentFile> Handle(GetSavedReportDocumentQuery query, CancellationToken cancellationToken)
    {
        var stored = await publications.GetDocumentAsync("report", query.Id.ToString(), DocumentNames.Stored(query.Kind, false), cancellationToken)
            ?? throw new NotFoundException("Saved report", query.Id);
        await audit.RecordAsync(new AuditEntry(AnalysisContracts.ModuleName, "SavedReportDownloaded", "PeriodReport", query.Id.ToString(),
            new { Kind = query.Kind.ToString() }), cancellationToken);
        return new DocumentFile(stored.Content, stored.ContentType, $"klachtenrapportage-{query.Id}.{DocumentNames.Extension(query.Kind)}");
    }
}

internal sealed class GetPeriodDocumentQueryHandler(IFigureReader figures, IAnalysisDocuments documents, IAuditTrail audit, TimeProvider time)
    : IQueryHandler<GetPeriodDocumentQuery, DocumentFile>
{
    public async Task<DocumentFile> Handle(GetPeriodDocumentQuery query, CancellationToken cancellationToken)
    {
        var period = GetPeriodReportQueryHandler.Resolve(query.From, query.To, time);
        var result = FigureCalculator.Period(await figures.ReadAsync(new FigurePeriods(period, null), cancellationToken), period);
        var edition = new DocumentEdition($"Klachtenrapportage {DutchDates.Long(period.From)} t/m {DutchDates.Long(period.To)}",
            $"Stand van {DutchDates.Long(AmsterdamTime.LocalDate(time.GetUtcNow()))}", null);
        var content = query.Kind == DocumentKind.Xlsx
            ? await documents.PeriodXlsxAsync(result, cancellationToken)
            : await documents.PeriodPdfAsync(result, edition, cancellationToken);
        await audit.RecordAsync(new AuditEntry(AnalysisContracts.ModuleName, "PeriodReportDownloaded", "PeriodReport",
            $"{period.From:yyyy-MM-dd}/{period.To:yyyy-MM-dd}", new { Kind = query.Kind.ToString() }), cancellationToken);
        return new DocumentFile(content, DocumentNames.ContentType(query.Kind),
            $"klachtenrapportage-{period.From:yyyy-MM-dd}-{period.To:yyyy-MM-dd}.{DocumentNames.Extension(query.Kind)}");
    }
}

internal sealed class GetChartQueryHandler(IFigureReader figures, IYearFigures yearFigures, IAnalysisDocuments documents, IAuditTrail audit,
    TimeProvider time) : IQueryHandler<GetChartQuery, DocumentFile>
{
    public async Task<DocumentFile> Handle(GetChartQuery query, CancellationToken cancellationToken)
    {
        if (!documents.ChartNames.Contains(query.Name))
        {
            throw new NotFoundException("Chart", query.Name);
        }

        YearFiguresDto? year = null;
        PeriodFiguresDto period;
        string subject;
        if (query.Year is not null)
        {
            year = await yearFigures.ComputeAsync(int.Parse(query.Year, CultureInfo.InvariantCulture), cancellationToken);
            period = year.Current;
            subject = query.Year;
        }
        else
        {
            var range = GetPeriodReportQueryHandler.Resolve(query.From, query.To, time);
            period = FigureCalculator.Period(await figures.ReadAsync(new FigurePeriods(range, null), cancellationToken), range);
            subject = $"{range.From:yyyy-MM-dd}/{range.To:yyyy-MM-dd}";
        }

        // A chart shows the same figures as the report it belongs to, so reading it is recorded like reading the report.
        await audit.RecordAsync(new AuditEntry(AnalysisContracts.ModuleName, "ChartRead", query.Year is null ? "PeriodReport" : "YearlyAnalysis",
            subject, new { query.Name, Format = query.Format.ToString() }), cancellationToken);

        return query.Format == ChartFormat.Svg
            ? new DocumentFile(System.Text.Encoding.UTF8.GetBytes((await documents.ChartSvgAsync(query.Name, year, period, cancellationToken))!),
                DocumentFile.Svg, $"{query.Name}.svg")
            : new DocumentFile((await documents.ChartPngAsync(query.Name, year, period, cancellationToken))!, DocumentFile.Png, $"{query.Name}.png");
    }
}
