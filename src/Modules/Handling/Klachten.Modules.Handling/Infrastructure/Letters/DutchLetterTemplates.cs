using System.Text;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Domain;
using Klachten.Modules.Intake.Contracts;
using Microsoft.Extensions.Options;

namespace Klachten.Modules.Handling.Infrastructure.Letters;

/// <summary>The letters to the complainant (Dutch) and the internal notices of the deadline sweep.</summary>
internal sealed class DutchLetterTemplates(IOptions<HandlingOptions> options, IOptions<OfficeProfile> office, IStaffDirectory staff)
    : ILetterTemplates
{
    public static string OutcomeSentence(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.WellFounded => "Wij achten uw klacht gegrond.",
        DecisionOutcome.PartlyWellFounded => "Wij achten uw klacht gedeeltelijk gegrond.",
        DecisionOutcome.Unfounded => "Wij achten uw klacht ongegrond.",
        DecisionOutcome.SettledByAgreement => "Uw klacht is in onderling overleg met u opgelost.",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>
    /// "Wat wij u bieden" when the decision offers no remedy. After "gegrond" a refusal to offer anything reads as a contradiction,
    /// so the letter regrets a (partly) well-founded complaint and says it is used to improve the work, as the yearly analysis does.
    /// </summary>
    public static string NoRemedySentence(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.WellFounded or DecisionOutcome.PartlyWellFounded =>
            "Wij betreuren het dat u reden had om te klagen. Wij gebruiken uw klacht om onze werkwijze te verbeteren. "
            + "Aan deze beslissing is geen aanvullende tegemoetkoming verbonden.",
        DecisionOutcome.Unfounded => "Wij zien geen aanleiding u een tegemoetkoming aan te bieden.",
        DecisionOutcome.SettledByAgreement => "Wij houden ons aan de afspraken die wij met u hebben gemaakt.",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    // Paragraphs are single lines: the e-mail client and the printed letter wrap them, never in the middle of a sentence.
    public RenderedLetter ExtensionNotice(ComplainantContact contact, Extension extension, string officer, DateOnly letterDate)
    {
        var text = Header(contact, letterDate)
            .AppendLine($"Op {DutchDates.Long(contact.ReceivedOn)} hebben wij uw klacht ontvangen. Wij hadden u uiterlijk op {DutchDates.Long(extension.PreviousDueOn)} onze schriftelijke beslissing willen sturen, maar dat lukt helaas niet.")
            .AppendLine()
            // Only the message written for the complainant: the extension's reason is internal.
            .AppendLine(CleanText.ForLetterText(extension.MessageToComplainant) ?? "Het onderzoek naar uw klacht vraagt meer tijd dan wij hadden voorzien.")
            .AppendLine()
            .AppendLine($"Wij verlengen de behandeltermijn daarom eenmalig tot en met {DutchDates.Long(extension.NewDueOn)}. U ontvangt onze schriftelijke beslissing op uw klacht uiterlijk op die datum.")
            .AppendLine()
            .AppendLine($"Wij bieden u onze excuses aan voor het langere wachten. Wilt u bij uw reactie het kenmerk {contact.Reference} vermelden?");
        return new RenderedLetter($"Verlenging van de behandeltermijn van uw klacht {contact.Reference}", Footer(text, officer));
    }

    public RenderedLetter DecisionLetter(ComplainantContact contact, Decision decision, Extension? extension, string officer, DateOnly letterDate)
    {
        var committee = options.Value.DisputesCommittee;
        var opening = $"Op {DutchDates.Long(contact.ReceivedOn)} hebben wij uw klacht ontvangen.";
        if (extension is not null)
        {
            opening += $" Zoals wij u hebben geschreven, hebben wij de behandeltermijn eenmalig verlengd tot en met {DutchDates.Long(extension.NewDueOn)}.";
        }

        var text = Header(contact, letterDate)
            .AppendLine($"{opening} Wij hebben uw klacht zorgvuldig onderzocht en delen u hierbij onze beslissing mee.")
            .AppendLine()
            .AppendLine("Onze beslissing")
            .AppendLine(OutcomeSentence(decision.Outcome))
            .AppendLine()
            .AppendLine("Motivering")
            .AppendLine(CleanText.ForLetterText(decision.Reasoning))
            .AppendLine()
            .AppendLine("Wat wij u bieden")
            .AppendLine(CleanText.ForLetterText(decision.Remedy) ?? NoRemedySentence(decision.Outcome))
            .AppendLine()
            .AppendLine("Bent u het niet eens met deze beslissing?")
            .AppendLine($"Ons kantoor is aangesloten bij {committee.Name}. U kunt uw klacht {committee.Term} aan deze commissie voorleggen:")
            .AppendLine()
            .AppendLine(committee.Name)
            .AppendLine(committee.Address)
            .AppendLine(committee.Website)
            .AppendLine()
            .AppendLine($"Vermeld daarbij het kenmerk {contact.Reference} en stuur een kopie van deze brief mee."
                + (committee.Fee is { Length: > 0 } fee ? $" {committee.Name} vraagt voor de behandeling van een klacht een bijdrage in de kosten van {fee}." : ""))
            .AppendLine()
            .AppendLine(office.Value.ReachUs("deze brief") ?? $"Voor vragen over deze brief kunt u contact opnemen met {staff.NameOf(officer)}.");
        return new RenderedLetter($"Beslissing op uw klacht {contact.Reference}", Footer(text, officer));
    }

    public RenderedLetter SettlementReminder(string reference, DateOnly dueOn, string? officer) => new(
        $"Herinnering: klacht {reference} moet uiterlijk {DutchDates.Long(dueOn)} schriftelijk zijn afgehandeld",
        $"""
        Beste {(officer is null ? "kwaliteitsmanager" : staff.NameOf(officer))},

        De beslissing op klacht {reference} moet uiterlijk op {DutchDates.Long(dueOn)} schriftelijk aan de klager zijn medegedeeld. {(officer is null ? "Aan deze klacht is nog geen klachtenfunctionaris toegewezen." : "Er is nog geen beslissingsbrief verzonden.")}

        Dit bericht is automatisch verstuurd door het klachtensysteem.
        """);

    public RenderedLetter BreachNotice(string reference, DateOnly dueOn, string? officer) => new(
        $"Termijn overschreden: klacht {reference}",
        $"""
        Beste kwaliteitsmanager,

        De afhandelingstermijn van klacht {reference} is op {DutchDates.Long(dueOn)} verstreken zonder dat een beslissingsbrief is verzonden. De overschrijding is vastgelegd.

        Behandelend klachtenfunctionaris: {(officer is null ? "(niet toegewezen)" : staff.NameOf(officer))}.

        Dit bericht is automatisch verstuurd door het klachtensysteem.
        """);

    // The stored values were checked when they were sent (CleanText); a row from before those rules still cannot add a line or
    // hide characters in a letter: single-line values as one clean line, the texts without invisible characters.
    private static StringBuilder Header(ComplainantContact contact, DateOnly letterDate)
    {
        var addressee = AddresseeOf(contact);
        var text = new StringBuilder();
        foreach (var line in addressee.NameLines)
        {
            text.AppendLine(line);
        }

        if (contact.Address is { } address)
        {
            text.AppendLine(CleanText.ForLetterLine(address.Street))
                .AppendLine($"{CleanText.ForLetterLine(address.PostalCode)} {CleanText.ForLetterLine(address.City)}");
        }

        return text
            .AppendLine()
            .AppendLine($"Datum: {DutchDates.Long(letterDate)}")
            .AppendLine($"Ons kenmerk: {contact.Reference}")
            .AppendLine()
            .AppendLine(addressee.Greeting)
            .AppendLine();
    }

    /// <summary>Intake's form of address in the building blocks' one salutation rule.</summary>
    public static Addressee AddresseeOf(ComplainantContact contact) => new(
        contact.Name, EnumNames.SameName<Salutation>(contact.Salutation), contact.ContactPerson?.Name,
        contact.ContactPerson is { } person ? EnumNames.SameName<Salutation>(person.Salutation) : Salutation.None);

    private string Footer(StringBuilder text, string officer)
    {
        text.AppendLine().AppendLine("Met vriendelijke groet,").AppendLine();
        foreach (var line in office.Value.SignatureLines(staff.NameOf(officer)))
        {
            text.AppendLine(line);
        }

        return text.ToString();
    }
}
