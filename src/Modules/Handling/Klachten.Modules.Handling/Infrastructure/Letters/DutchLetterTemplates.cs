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

    public RenderedLetter ExtensionNotice(ComplainantContact contact, Extension extension, string officer, DateOnly letterDate)
    {
        var text = Header(contact, letterDate)
            .AppendLine($"Op {DutchDates.Long(contact.ReceivedOn)} hebben wij uw klacht ontvangen. Wij streven ernaar een klacht binnen veertien dagen")
            .AppendLine($"schriftelijk af te handelen, dat is uiterlijk op {DutchDates.Long(extension.PreviousDueOn)}. Helaas lukt dat in uw geval niet.")
            .AppendLine()
            .AppendLine("De reden daarvan is:")
            // Only the message written for the complainant: the extension's reason is internal.
            .AppendLine(extension.MessageToComplainant ?? "Het onderzoek naar uw klacht vraagt meer tijd dan wij hadden voorzien.")
            .AppendLine()
            .AppendLine($"Wij verlengen de termijn daarom eenmalig tot en met {DutchDates.Long(extension.NewDueOn)}. Uiterlijk op die datum ontvangt u")
            .AppendLine("onze schriftelijke beslissing op uw klacht.");
        return new RenderedLetter($"Verlenging van de behandeltermijn van uw klacht {contact.Reference}", Footer(text, officer));
    }

    public RenderedLetter DecisionLetter(ComplainantContact contact, Decision decision, string officer, DateOnly letterDate)
    {
        var committee = options.Value.DisputesCommittee;
        var text = Header(contact, letterDate)
            .AppendLine($"Op {DutchDates.Long(contact.ReceivedOn)} hebben wij uw klacht ontvangen. Wij hebben uw klacht zorgvuldig onderzocht")
            .AppendLine("en delen u hierbij onze beslissing mee.")
            .AppendLine()
            .AppendLine("Onze beslissing")
            .AppendLine(OutcomeSentence(decision.Outcome))
            .AppendLine()
            .AppendLine("Motivering")
            .AppendLine(decision.Reasoning)
            .AppendLine()
            .AppendLine("Wat wij u bieden")
            .AppendLine(decision.Remedy ?? NoRemedySentence(decision.Outcome))
            .AppendLine()
            .AppendLine("Bent u het niet eens met deze beslissing?")
            .AppendLine($"Ons kantoor is aangesloten bij {committee.Name}. Bent u niet tevreden over de afhandeling van uw klacht,")
            .AppendLine($"dan kunt u uw klacht {committee.Term} voorleggen aan:")
            .AppendLine()
            .AppendLine(committee.Name)
            .AppendLine(committee.Address)
            .AppendLine(committee.Website)
            .AppendLine()
            .AppendLine("Vermeld daarbij het kenmerk van uw klacht en stuur een kopie van deze brief mee.");
        return new RenderedLetter($"Beslissing op uw klacht {contact.Reference}", Footer(text, officer));
    }

    public RenderedLetter SettlementReminder(string reference, DateOnly dueOn, string? officer) => new(
        $"Herinnering: klacht {reference} moet uiterlijk {DutchDates.Long(dueOn)} schriftelijk zijn afgehandeld",
        $"""
        Beste {(officer is null ? "kwaliteitsmanager" : staff.NameOf(officer))},

        De beslissing op klacht {reference} moet uiterlijk op {DutchDates.Long(dueOn)} schriftelijk aan de klager zijn medegedeeld.
        {(officer is null ? "Aan deze klacht is nog geen klachtenfunctionaris toegewezen." : "Er is nog geen beslissingsbrief verzonden.")}

        Dit bericht is automatisch verstuurd door het klachtensysteem.
        """);

    public RenderedLetter BreachNotice(string reference, DateOnly dueOn, string? officer) => new(
        $"Termijn overschreden: klacht {reference}",
        $"""
        Beste kwaliteitsmanager,

        De afhandelingstermijn van klacht {reference} is op {DutchDates.Long(dueOn)} verstreken zonder dat een beslissingsbrief is verzonden.
        Behandelend klachtenfunctionaris: {(officer is null ? "(niet toegewezen)" : staff.NameOf(officer))}.
        De overschrijding is vastgelegd.

        Dit bericht is automatisch verstuurd door het klachtensysteem.
        """);

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
            text.AppendLine(address.Street).AppendLine($"{address.PostalCode} {address.City}");
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
