using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Documents;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Domain;
using Klachten.Modules.Handling.Infrastructure.Letters;
using Klachten.Modules.Intake.Contracts;
using Microsoft.Extensions.Options;

namespace Klachten.Modules.Handling.Tests.Golden;

/// <summary>One approved text per letter kind and variant of Handling (see <see cref="GoldenFile"/> to approve a change).</summary>
public sealed class LetterGoldenTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private static readonly ComplainantContact Person = new(Guid.Empty, "KL-2026-000017", "S. van der Berg", ComplainantType.Debtor,
        "s.vanderberg@example.org", new PostalAddress("Kerkstraat 1", "1011 AA", "Amsterdam"), new DateOnly(2026, 3, 2), ComplainantSalutation.Mrs);

    private static readonly ComplainantContact Organisation = Person with
    {
        Name = "Woningcorporatie Groen Wonen B.V.",
        Type = ComplainantType.Client,
        Salutation = ComplainantSalutation.None,
        ContactPerson = new ContactPerson("R. Smit", ComplainantSalutation.Mr),
    };

    private static readonly Extension Extended = new(new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 30), "Collega met verlof", Now,
        "karin.dewit", "Wij wachten op gegevens van onze opdrachtgever die wij voor ons onderzoek nodig hebben.");

    private static readonly OfficeProfile Office = new()
    {
        Name = "Incassobureau De Vries & Partners", Street = "Postbus 123", PostalCode = "1000 AB", City = "Amsterdam",
        Phone = "020-1234567", Email = "klachten@devries-incasso.nl", Website = "www.devries-incasso.nl",
    };

    private static DutchLetterTemplates Templates(string? fee = null) => new(
        Options.Create(new HandlingOptions { DisputesCommittee = new DisputesCommitteeOptions { Fee = fee } }),
        Options.Create(Office),
        new Names());

    private static Decision Decided(DecisionOutcome outcome, string? remedy = null) =>
        new(outcome, "Wij hebben de berekening van de incassokosten en de brieven in uw dossier nagelopen.", remedy, Now, "karin.dewit");

    public static TheoryData<string> Variants() =>
    [
        "ExtensionNotice", "DecisionLetter-WellFounded-Remedy", "DecisionLetter-PartlyWellFounded-NoRemedy", "DecisionLetter-Unfounded-Extended-Fee",
        "DecisionLetter-SettledByAgreement-Organisation", "SettlementReminder-Officer", "SettlementReminder-Unassigned", "BreachNotice",
    ];

    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_letter_is_the_approved_text(string variant)
    {
        var (letter, _) = Letter(variant);
        GoldenFile.Verify(variant, letter.Subject, letter.Body);
    }

    /// <summary>
    /// The same letters printed (pdftotext -layout): the letter's own header lines set in the letterhead's places, the notices
    /// addressed to their recipient as stored.
    /// </summary>
    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_printed_letter_is_the_approved_PDF_text(string variant)
    {
        var (letter, date) = Letter(variant);
        var (recipientName, recipientAddress) = variant is "SettlementReminder-Officer"
            ? ("K. de Wit", "karin.dewit@devries-incasso.nl")
            : ("S. van der Berg", "s.vanderberg@example.org");
        if (variant is "SettlementReminder-Unassigned" or "BreachNotice")
        {
            (recipientName, recipientAddress) = ("M. Bos", "kwaliteit@devries-incasso.nl");
        }

        var print = HandlingLetters.ToPrint(variant.Split('-')[0], "KL-2026-000017", recipientName, recipientAddress, date, letter.Subject, letter.Body);

        GoldenFile.VerifyPdf(variant, LetterPdf.Build(Office, new LetterSheet(print.AddressLines, print.Date, print.Reference, print.Subject, print.Body)));
    }

    /// <summary>The variant's letter and the date it bears.</summary>
    private static (RenderedLetter Letter, DateOnly Date) Letter(string variant)
    {
        var date = new DateOnly(2026, 3, 12);
        var letter = variant switch
        {
            "ExtensionNotice" => Templates().ExtensionNotice(Person, Extended, "karin.dewit", new DateOnly(2026, 3, 10)),
            "DecisionLetter-WellFounded-Remedy" => Templates().DecisionLetter(Person,
                Decided(DecisionOutcome.WellFounded, "Wij verlagen de incassokosten met € 40,00."), null, "karin.dewit", date),
            "DecisionLetter-PartlyWellFounded-NoRemedy" => Templates().DecisionLetter(Person, Decided(DecisionOutcome.PartlyWellFounded), null,
                "karin.dewit", date),
            "DecisionLetter-Unfounded-Extended-Fee" => Templates("€ 52,50").DecisionLetter(Person, Decided(DecisionOutcome.Unfounded), Extended,
                "karin.dewit", new DateOnly(2026, 3, 27)),
            "DecisionLetter-SettledByAgreement-Organisation" => Templates().DecisionLetter(Organisation, Decided(DecisionOutcome.SettledByAgreement),
                null, "karin.dewit", date),
            "SettlementReminder-Officer" => Templates().SettlementReminder("KL-2026-000017", new DateOnly(2026, 3, 16), "karin.dewit"),
            "SettlementReminder-Unassigned" => Templates().SettlementReminder("KL-2026-000017", new DateOnly(2026, 3, 16), null),
            "BreachNotice" => Templates().BreachNotice("KL-2026-000017", new DateOnly(2026, 3, 16), "karin.dewit"),
            _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, null),
        };
        return (letter, variant switch
        {
            "ExtensionNotice" => new DateOnly(2026, 3, 10),
            "DecisionLetter-Unfounded-Extended-Fee" => new DateOnly(2026, 3, 27),
            _ => date,
        });
    }

    private sealed class Names : IStaffDirectory
    {
        public string AddressOf(string userName) => throw new NotSupportedException();

        public bool IsColleague(string userName) => throw new NotSupportedException();

        public string NameOf(string userName) => userName == "karin.dewit" ? "K. de Wit" : userName;

        public IReadOnlyList<string> QualityManagers => throw new NotSupportedException();

        public IReadOnlyList<StaffMember> Members(string? role = null) => throw new NotSupportedException();

        public bool HasRole(string userName, string role) => throw new NotSupportedException();
    }
}
