using System.Globalization;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Application.GetMeasure;
using Klachten.Modules.PreventiveAction.Application.GetMeeting;
using Npgsql;

namespace Klachten.Modules.PreventiveAction.Application.GetMeetingPack;

/// <summary>
/// The pack the quality manager prepares for an office meeting, in Dutch: the agenda, for each analysis on it the key figures,
/// charts and recommendations of the published version (from Analysis), the measures to decide with their reasons, the measures
/// to present, and last year's measures with their status and effectiveness. Aggregates only: no complainant is named.
/// </summary>
internal sealed class GetMeetingPackQueryHandler(
    NpgsqlDataSource dataSource, IPublishedAnalyses analyses, IMeetingPackRenderer renderer, IStaffDirectory staff, ICurrentUser user,
    IAuditTrail audit)
    : IQueryHandler<GetMeetingPackQuery, MeetingPackFile>
{
    private const string Sql = """
        SELECT * FROM preventive_action.meetings WHERE id = @Id;
        SELECT * FROM preventive_action.meeting_agenda_items WHERE meeting_id = @Id ORDER BY position;
        SELECT * FROM preventive_action.measures
            WHERE id IN (SELECT measure_id FROM preventive_action.meeting_agenda_items WHERE meeting_id = @Id AND measure_id IS NOT NULL)
               OR reference_year = @LastYear
            ORDER BY reference;
        SELECT m.id, r.text
            FROM preventive_action.meeting_agenda_items i
            JOIN preventive_action.measures m ON m.id = i.measure_id
            JOIN preventive_action.recommendations r ON r.recommendation_id = m.recommendation_id
            WHERE i.meeting_id = @Id AND i.kind = 'MeasureToDecide';
        """;

    public async Task<MeetingPackFile> Handle(GetMeetingPackQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var year = await connection.ExecuteScalarAsync<DateOnly?>(new CommandDefinition(
            "SELECT held_on FROM preventive_action.meetings WHERE id = @Id", new { Id = query.MeetingId },
            cancellationToken: cancellationToken))
            ?? throw new NotFoundException("Meeting", query.MeetingId);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(Sql,
            new { Id = query.MeetingId, LastYear = year.Year - 1 }, cancellationToken: cancellationToken));
        var meeting = await results.ReadSingleAsync<MeetingRow>();
        if (!MeasureAccess.SeesAll(user) && !meeting.Participants.Contains(user.UserName, StringComparer.OrdinalIgnoreCase))
        {
            await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "MeetingPackReadRefused", MeasureAccess.MeetingSubject,
                meeting.Id.ToString()), cancellationToken);
            throw new ForbiddenException("The meeting pack is for the quality manager, management and the meeting's participants.");
        }

        var agenda = (await results.ReadAsync<AgendaItemRow>()).ToList();
        var measures = (await results.ReadAsync<MeasureRow>()).ToDictionary(m => m.Id);
        var recommendationTexts = (await results.ReadAsync<(Guid MeasureId, string Text)>()).ToDictionary(r => r.MeasureId, r => r.Text);

        var sections = new List<PackSection>
        {
            new("Agenda", 1, agenda.Count == 0
                ? [new PackParagraph("Er staan nog geen punten op de agenda.")]
                : agenda.Select(i => (PackBlock)new PackParagraph($"{i.Position}. {i.Title}")).ToList()),
        };
        foreach (var item in agenda.Where(i => i.Kind is "YearlyAnalysis" or "PeriodReport"))
        {
            var summary = item.Kind == "YearlyAnalysis"
                ? await analyses.GetYearlyAsync(item.AnalysisYear!.Value, item.AnalysisVersion!.Value, cancellationToken)
                : await analyses.GetPeriodReportAsync(item.ReportId!.Value, cancellationToken);
            sections.Add(AnalysisSection(item, summary));
        }

        var toDecide = agenda.Where(i => i.Kind == "MeasureToDecide").Select(i => measures[i.MeasureId!.Value]).ToList();
        sections.Add(new PackSection("Maatregelen ter besluitvorming", 1, toDecide.Count == 0
            ? [new PackParagraph("Er liggen in dit overleg geen maatregelen ter besluitvorming voor.")]
            : [new PackParagraph("De kwaliteitsmanager legt de directie de volgende maatregelen voor. "
                + "Per maatregel staat waarom zij wordt voorgesteld.")]));
        foreach (var measure in toDecide)
        {
            sections.Add(new PackSection($"{measure.Reference} – {measure.Title}", 2,
                DecisionBlocks(measure, recommendationTexts.GetValueOrDefault(measure.Id))));
        }

        var toPresent = agenda.Where(i => i.Kind == "MeasureToPresent").Select(i => measures[i.MeasureId!.Value]).ToList();
        if (toPresent.Count > 0)
        {
            sections.Add(new PackSection("Te presenteren maatregelen", 1,
            [
                new PackTable(["Kenmerk", "Maatregel", "Soort", "Status", "Eigenaar", "Gereed uiterlijk"],
                    toPresent.Select(m => (IReadOnlyList<string>)[m.Reference, m.Title, DutchNames.Kind(m.Kind),
                        DutchNames.Status(m.Status), m.Owner is { } owner ? staff.NameOf(owner) : "–",
                        m.DueOn is { } due ? DutchDates.Long(due) : "–"]).ToList()),
            ]));
        }

        var lastYear = year.Year - 1;
        var previous = measures.Values.Where(m => m.Reference.StartsWith($"PM-{lastYear}-",
            StringComparison.Ordinal)).OrderBy(m => m.Reference).ToList();
        sections.Add(new PackSection($"Maatregelen van vorig jaar ({lastYear})", 1, previous.Count == 0
            ? [new PackParagraph($"In {lastYear} zijn geen maatregelen vastgelegd.")]
            :
            [
                new PackTable(["Kenmerk", "Maatregel", "Soort", "Status", "Effectiviteit", "Klachten vóór / na"],
                    previous.Select(m => (IReadOnlyList<string>)[m.Reference, m.Title, DutchNames.Kind(m.Kind), DutchNames.Status(m.Status),
                        DutchNames.Effectiveness(m.Effectiveness),
                        m.ReceivedBefore is { } before ? $"{before} / {m.ReceivedAfter}" : "–"]).ToList()),
            ]));

        if (meeting.Minutes is { } minutes)
        {
            sections.Add(new PackSection("Notulen", 1,
                minutes.Split('\n').Where(l => l.Trim().Length > 0).Select(l => (PackBlock)new PackParagraph(l.Trim()))
                .ToList()));
        }

        var pack = new MeetingPack(meeting.Title, $"Vergaderstukken {DutchDates.Long(meeting.HeldOn)}",
        [
            $"Datum: {DutchDates.WithWeekday(meeting.HeldOn)}",
            $"Soort overleg: {DutchNames.MeetingKind(meeting.Kind)}",
            $"Deelnemers: {string.Join(", ", meeting.Participants.Select(staff.NameOf))}",
            meeting.ClosedAt is null ? "Status: in voorbereiding" : "Status: afgerond",
        ], sections);
        var pdf = renderer.Render(pack);
        await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "MeetingPackRead", MeasureAccess.MeetingSubject, meeting.Id.ToString(),
            new { Viewer = user.UserName }), cancellationToken);
        return new MeetingPackFile($"vergaderstukken-{meeting.HeldOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.pdf", pdf);
    }

    private static PackSection AnalysisSection(AgendaItemRow item, PublishedAnalysisSummary? summary)
    {
        if (summary is null)
        {
            return new PackSection(item.Title, 1, [new PackParagraph("Deze publicatie is niet (meer) beschikbaar.")]);
        }

        var blocks = new List<PackBlock>
        {
            new PackParagraph($"Periode: {DutchDates.Long(summary.From)} tot en met {DutchDates.Long(summary.To)}. "
                + $"Gepubliceerd op {DutchDates.Long(Klachten.BuildingBlocks.Calendar.AmsterdamTime.LocalDate(summary.PublishedAt))}."),
        };
        if (summary.KeyFigures.Count > 0)
        {
            blocks.Add(new PackTable(["Kengetal", "Waarde"],
                summary.KeyFigures.Select(f => (IReadOnlyList<string>)[f.Label, f.Value]).ToList(), [false, true]));
        }

        foreach (var chart in summary.Charts)
        {
            blocks.Add(new PackParagraph(chart.Title));
            blocks.Add(new PackImage(chart.Png));
        }

        if (summary.Recommendations.Count > 0)
        {
            blocks.Add(new PackParagraph("Aanbevelingen van de kwaliteitsmanager:"));
            blocks.Add(new PackBullets(summary.Recommendations
                .Select(r => $"{r.Text} ({DutchNames.Kind(r.SuggestedKind).ToLowerInvariant()})").ToList()));
        }

        return new PackSection(summary.Title, 1, blocks);
    }

    private static List<PackBlock> DecisionBlocks(MeasureRow measure, string? recommendationText)
    {
        var blocks = new List<PackBlock>
        {
            new PackParagraph($"Soort maatregel: {DutchNames.Kind(measure.Kind)}. Status: {DutchNames.Status(measure.Status)}."),
        };
        if (measure.Description.Length > 0)
        {
            blocks.Add(new PackParagraph(measure.Description));
        }

        var reasons = new List<string>();
        if (recommendationText is { } recommendation)
        {
            reasons.Add($"Aanbeveling uit de klachtenanalyse {measure.SourceAnalysisYear} (versie {measure.SourceAnalysisVersion}): "
                + recommendation);
        }

        if (measure.Categories.Length > 0)
        {
            reasons.Add($"Klachtcategorieën: {string.Join(", ", measure.Categories)}");
        }

        if (measure.RootCauses.Length > 0)
        {
            reasons.Add($"Oorzaken: {string.Join(", ", measure.RootCauses)}");
        }

        if (reasons.Count > 0)
        {
            blocks.Add(new PackParagraph("Waarom deze maatregel:"));
            blocks.Add(new PackBullets(reasons));
        }

        return blocks;
    }
}
