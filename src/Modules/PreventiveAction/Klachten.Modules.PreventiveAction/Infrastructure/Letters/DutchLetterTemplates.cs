using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Microsoft.Extensions.Options;

namespace Klachten.Modules.PreventiveAction.Infrastructure.Letters;

/// <summary>The module's e-mails to colleagues, in polite Dutch (u-vorm), dates written out ("16 maart 2026").</summary>
internal sealed class DutchLetterTemplates(IOptions<PreventiveActionOptions> options) : ILetterTemplates
{
    public RenderedLetter DueReminder(DeadlineMeasure measure, string ownerName) => new(
        $"Herinnering: maatregel {measure.Reference} moet uiterlijk {DutchDates.Long(measure.DueOn!.Value)} zijn uitgevoerd",
        Body(
            $"Beste {ownerName},",
            $"Graag herinneren wij u eraan dat de maatregel {measure.Reference} (\"{measure.Title}\"), waarvan u de eigenaar bent, "
                + $"uiterlijk op {DutchDates.WithWeekday(measure.DueOn!.Value)} moet zijn uitgevoerd.",
            "Wilt u de voortgang vastleggen en de maatregel als afgerond melden zodra deze is uitgevoerd? Mocht de datum niet "
                + "haalbaar zijn, neemt u dan tijdig contact op met de kwaliteitsmanager."));

    public RenderedLetter OverdueNotice(DeadlineMeasure measure, string? ownerName) => new(
        $"Termijn verstreken: maatregel {measure.Reference} is niet op tijd afgerond",
        Body(
            "Beste kwaliteitsmanager,",
            $"De maatregel {measure.Reference} (\"{measure.Title}\") had uiterlijk op {DutchDates.Long(measure.DueOn!.Value)} "
                + $"moeten zijn uitgevoerd, maar is nog niet als afgerond gemeld.\nEigenaar: {ownerName ?? "onbekend"}.",
            "Wij verzoeken u met de eigenaar na te gaan hoe de maatregel alsnog kan worden uitgevoerd, of de directie te vragen een "
                + "besluit te nemen."));

    public RenderedLetter ReviewDueReminder(DeadlineMeasure measure) => new(
        $"Herinnering: beoordeel de effectiviteit van maatregel {measure.Reference}",
        Body(
            "Beste kwaliteitsmanager,",
            $"De maatregel {measure.Reference} (\"{measure.Title}\") is uitgevoerd. Vanaf {DutchDates.Long(measure.ReviewOn!.Value)} "
                + "kan worden beoordeeld of de maatregel effectief is geweest.",
            "Wilt u de effectiviteit beoordelen? Het systeem vult daarbij het aantal klachten over hetzelfde onderwerp in, in gelijke "
                + "perioden vóór en na de afronding."));

    public RenderedLetter YearlyPreparationReminder(int analysisYear) => new(
        $"Herinnering: jaarlijkse klachtenanalyse {analysisYear} en kantooroverleg voorbereiden",
        Body(
            "Beste kwaliteitsmanager,",
            "Een nieuw jaar is begonnen. Volgens de klachtenregeling worden de klachtengegevens eenmaal per jaar op basis van een "
                + "analyse tijdens het kantooroverleg besproken.",
            $"Graag herinneren wij u eraan de analyse van de klachten over {analysisYear} te maken en te publiceren, en het jaarlijkse "
                + "kantooroverleg over klachten voor te bereiden: zet de gepubliceerde analyse en de voorgestelde maatregelen op de "
                + "agenda, zodat de directie over de maatregelen kan beslissen en deze samen met de analyse worden gepresenteerd."));

    private string Signature => options.Value.OfficeName;

    // Paragraphs separated by an empty line, closed with the greeting and the office's name.
    private string Body(params string[] paragraphs) => string.Join("\n\n", [.. paragraphs, "Met vriendelijke groet,", Signature]);
}
