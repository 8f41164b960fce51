using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Calendar;
using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Analysis.Application.Figures;
using Klachten.Modules.Analysis.Application.GetPeriodReport;
using Klachten.Modules.Analysis.Contracts;

namespace Klachten.Modules.Analysis.Application.SavePeriodReport;

/// <summary>Freezes a period's figures for an office meeting under a title (default "Klachtenrapportage &lt;from&gt; t/m &lt;to&gt;").</summary>
internal sealed record SavePeriodReportCommand(DateOnly? From, DateOnly? To, string? Title) : ICommand<SavedReportDto>;

/// <summary>The period and title as sent (from/to yyyy-MM-dd), checked by <see cref="SavePeriodReportCommandValidator"/>.</summary>
internal sealed record SavePeriodReportRequest(string? From, string? To, string? Title)
{
    public SavePeriodReportCommand ToCommand() =>
        new(QueryValues.Date(From), QueryValues.Date(To), string.IsNullOrWhiteSpace(Title) ? null : CleanText.Normalize(Title.Trim()));
}

internal sealed record GetSavedReportQuery(Guid Id) : IQuery<SavedReportDto>;

internal sealed record ListSavedReportsQuery : IQuery<IReadOnlyList<SavedReportSummaryDto>>;

internal sealed record SavedReportDto(Guid Id, string Title, DateOnly From, DateOnly To, DateTimeOffset SavedAt, string SavedBy,
    PeriodFiguresDto Figures, IReadOnlyList<KeyFigure> KeyFigures);

internal sealed record SavedReportSummaryDto(Guid Id, string Title, DateOnly From, DateOnly To, DateTimeOffset SavedAt, string SavedBy);

internal sealed class SavePeriodReportCommandValidator : AbstractValidator<SavePeriodReportRequest>
{
    public const int MaxTitleLength = 200;

    public SavePeriodReportCommandValidator(TimeProvider time)
    {
        this.PeriodRules(c => c.From, c => c.To, time);
        RuleFor(c => c.Title).MaximumLength(MaxTitleLength).SingleLineText();
    }
}

internal sealed class SavePeriodReportCommandHandler(IPublications publications, IFigureReader figures, IAnalysisDocuments documents,
    IOutbox outbox, ICurrentUser user, IAuditTrail audit, TimeProvider time) : ICommandHandler<SavePeriodReportCommand, SavedReportDto>
{
    public async Task<SavedReportDto> Handle(SavePeriodReportCommand command, CancellationToken cancellationToken)
    {
        var period = GetPeriodReportQueryHandler.Resolve(command.From, command.To, time);
        var result = FigureCalculator.Period(await figures.ReadAsync(new FigurePeriods(period, null), cancellationToken), period);
        var now = time.GetUtcNow();
        var title = command.Title ?? $"Klachtenrapportage {DutchDates.Long(period.From)} t/m {DutchDates.Long(period.To)}";
        var record = new PeriodReportRecord(Guid.CreateVersion7(now), title, period.From, period.To, now, user.UserName,
            PublicationJson.Serialize(result), KeyFigures.Of(result));
        await publications.AddPeriodReportAsync(record, cancellationToken);
        var edition = new DocumentEdition(title, $"Vastgelegd op {DutchDates.Long(AmsterdamTime.LocalDate(now))} door {user.UserName}", now);
        var owner = record.Id.ToString();
        await publications.AddDocumentAsync("report", owner, "report.pdf", DocumentFile.Pdf,
            await documents.PeriodPdfAsync(result, edition, cancellationToken), cancellationToken);
        await publications.AddDocumentAsync("report", owner, "tables.xlsx", DocumentFile.Xlsx, await documents.PeriodXlsxAsync(result, cancellationToken),
            cancellationToken);
        foreach (var chart in documents.ChartNames)
        {
            await publications.AddDocumentAsync("report", owner, $"{chart}.png", DocumentFile.Png,
                (await documents.ChartPngAsync(chart, null, result, cancellationToken))!, cancellationToken);
        }

        await outbox.EnqueueAsync(new PeriodReportSaved(record.Id, period.From, period.To, title, now, user.UserName), cancellationToken);
        await audit.RecordAsync(new AuditEntry(AnalysisContracts.ModuleName, "PeriodReportSaved", "PeriodReport", record.Id.ToString(),
            new { period.From, period.To }), cancellationToken);
        return new SavedReportDto(record.Id, title, period.From, period.To, now, user.UserName, result, record.KeyFigures);
    }
}

internal sealed class GetSavedReportQueryHandler(IPublications publications, IAuditTrail audit) : IQueryHandler<GetSavedReportQuery, SavedReportDto>
{
    public async Task<SavedReportDto> Handle(GetSavedReportQuery query, CancellationToken cancellationToken)
    {
        var r = await publications.GetPeriodReportAsync(query.Id, cancellationToken) ?? throw new NotFoundException("Saved report", query.Id);
        await audit.RecordAsync(new AuditEntry(AnalysisContracts.ModuleName, "SavedReportRead", "PeriodReport", r.Id.ToString()), cancellationToken);
        return new SavedReportDto(r.Id, r.Title, r.From, r.To, r.SavedAt, r.SavedBy, PublicationJson.Deserialize<PeriodFiguresDto>(r.FiguresJson), r.KeyFigures);
    }
}

internal sealed class ListSavedReportsQueryHandler(IPublications publications, IAuditTrail audit)
    : IQueryHandler<ListSavedReportsQuery, IReadOnlyList<SavedReportSummaryDto>>
{
    public async Task<IReadOnlyList<SavedReportSummaryDto>> Handle(ListSavedReportsQuery query, CancellationToken cancellationToken)
    {
        var list = await publications.ListPeriodReportsAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry(AnalysisContracts.ModuleName, "SavedReportsListed", "PeriodReport", "*"), cancellationToken);
        return list.Select(r => new SavedReportSummaryDto(r.Id, r.Title, r.From, r.To, r.SavedAt, r.SavedBy)).ToList();
    }
}
