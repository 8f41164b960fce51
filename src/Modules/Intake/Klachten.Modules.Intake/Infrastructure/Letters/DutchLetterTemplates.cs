using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Intake.Application.Abstractions;
using Klachten.Modules.Intake.Domain;
using Microsoft.Extensions.Options;

namespace Klachten.Modules.Intake.Infrastructure.Letters;

/// <summary>The module's letters and notices, in Dutch, with dates as "16 maart 2026" (nl-NL).</summary>
internal sealed class DutchLetterTemplates(IOptions<OfficeProfile> office, IOptions<IntakeOptions> options, IStaffDirectory staff)
    : ILetterTemplates
{
    public RenderedLetter Render(CorrespondenceKind kind, LetterData data) => kind switch
    {
        CorrespondenceKind.Acknowledgement => Acknowledgement(Clean(data)),
        CorrespondenceKind.AgentNotification => AgentNotification(Clean(data)),
        CorrespondenceKind.AcknowledgementReminder => Reminder(Clean(data)),
        CorrespondenceKind.AcknowledgementOverdue => Overdue(Clean(data)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    // The stored values were checked when they were sent (CleanText); a row from before those rules still cannot add a line or
    // hide characters in a letter. The complainant's names are cleaned by Addressee, colleagues' names by the staff directory.
    private static LetterData Clean(LetterData data) =>
        data with { Reference = CleanText.ForLetterLine(data.Reference), FileNumber = CleanText.ForLetterLine(data.FileNumber) };

    public RenderedLetter? TryRender(string kind, LetterData data) =>
        Enum.GetValues<CorrespondenceKind>().Where(k => k.ToString() == kind).Select(k => (RenderedLetter?)Render(k, data)).FirstOrDefault();

    private RenderedLetter Acknowledgement(LetterData data)
    {
        var handler = data.HandlingOfficer is null ? "een klachtenfunctionaris van ons kantoor" : $"onze klachtenfunctionaris {staff.NameOf(data.HandlingOfficer)}";
        return new RenderedLetter(
            $"Ontvangstbevestiging van uw klacht, kenmerk {data.Reference}",
            $"""
            {data.Complainant.Greeting}

            Wij hebben uw klacht van {DutchDates.Long(data.ReceivedOn)} ontvangen en geregistreerd onder kenmerk {data.Reference}. Dank u dat u de moeite hebt genomen ons hierover te informeren.

            Uw klacht wordt behandeld door {handler}. U ontvangt uiterlijk {DutchDates.Long(data.SettlementDueOn)} schriftelijk onze reactie.

            Wilt u bij verdere correspondentie over deze klacht altijd het kenmerk {data.Reference} vermelden?

            Met vriendelijke groet,

            {Signature(data.SignedBy)}
            """);
    }

    // Geheimhouding: the agent learns that a complaint about their file exists and its reference, not the complainant's words.
    // Without a file number the complaint is about the agent's work, not about "your file".
    private RenderedLetter AgentNotification(LetterData data) => new(
        data.FileNumber is null ? $"Klacht {data.Reference} over uw werkzaamheden" : $"Klacht {data.Reference} over dossier {data.FileNumber}",
        $"""
        Beste collega,

        Op {DutchDates.Long(data.ReceivedOn)} hebben wij een klacht ontvangen over {(data.FileNumber is null ? "uw werkzaamheden" : $"dossier {data.FileNumber}")}. De klacht is geregistreerd onder kenmerk {data.Reference}.

        De klachtenfunctionaris behandelt de klacht en neemt zo nodig contact met u op. Neem over deze klacht geen contact op met de klager zonder overleg met de klachtenfunctionaris.
        {(data.FileNumber is null ? "" : $"\n{options.Value.CollectionPolicy}\n")}
        Dit bericht is vertrouwelijk.

        Met vriendelijke groet,

        {Signature(null)}
        """);

    private string Signature(string? officer) =>
        string.Join('\n', office.Value.SignatureLines(officer is null ? null : staff.NameOf(officer)));

    private RenderedLetter Reminder(LetterData data) => new(
        $"Herinnering: ontvangstbevestiging klacht {data.Reference} uiterlijk {DutchDates.Long(data.AcknowledgementDueOn)}",
        $"""
        De ontvangstbevestiging van klacht {data.Reference} (ontvangen op {DutchDates.Long(data.ReceivedOn)}, geregistreerd door {staff.NameOf(data.RegisteredBy)}) is nog niet verstuurd.

        De termijn voor de ontvangstbevestiging verstrijkt op {DutchDates.Long(data.AcknowledgementDueOn)}. Verstuur de ontvangstbevestiging uiterlijk op die datum.
        """);

    private RenderedLetter Overdue(LetterData data) => new(
        $"Termijn overschreden: ontvangstbevestiging klacht {data.Reference}",
        $"""
        De ontvangstbevestiging van klacht {data.Reference} (ontvangen op {DutchDates.Long(data.ReceivedOn)}, geregistreerd door {staff.NameOf(data.RegisteredBy)}) had uiterlijk {DutchDates.Long(data.AcknowledgementDueOn)} verstuurd moeten zijn en is nog niet verstuurd.

        De overschrijding is vastgelegd. Zorg dat de ontvangstbevestiging alsnog zo spoedig mogelijk wordt verstuurd.
        """);
}
