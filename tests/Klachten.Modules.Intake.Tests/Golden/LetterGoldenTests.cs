using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Documents;
using Klachten.Modules.Intake.Application.Abstractions;
using Klachten.Modules.Intake.Domain;
using Klachten.Modules.Intake.Infrastructure.Letters;
using Microsoft.Extensions.Options;

namespace Klachten.Modules.Intake.Tests.Golden;

/// <summary>One approved text per letter kind and variant of Intake (see <see cref="GoldenFile"/> to approve a change).</summary>
public sealed class LetterGoldenTests
{
    private static readonly OfficeProfile Office = new()
    {
        Name = "Incassobureau De Vries & Partners", Street = "Postbus 123", PostalCode = "1000 AB", City = "Amsterdam",
        Phone = "020-1234567", Email = "klachten@devries-incasso.nl", Website = "www.devries-incasso.nl",
    };

    private static readonly DutchLetterTemplates Templates = new(
        Options.Create(Office),
        Options.Create(new IntakeOptions()),
        new Names());

    private static LetterData Data(Addressee complainant, string? fileNumber = "D-2026-0042") => new(
        "KL-2026-000017", complainant, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 6), new DateOnly(2026, 3, 16), fileNumber, "anna.visser",
        "karin.dewit", Signatory: "karin.dewit");

    public static TheoryData<string> Variants() =>
    [
        "Acknowledgement-Mrs", "Acknowledgement-Organisation", "Acknowledgement-NoSalutation",
        "AgentNotification-File", "AgentNotification-NoFile", "AcknowledgementReminder", "AcknowledgementOverdue",
    ];

    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_letter_is_the_approved_text(string variant)
    {
        var letter = Letter(variant);
        GoldenFile.Verify(variant, letter.Subject, letter.Body);
    }

    /// <summary>The same letters printed: letterhead, address block, place and date, reference, subject, text (pdftotext -layout).</summary>
    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_printed_letter_is_the_approved_PDF_text(string variant)
    {
        var kind = variant.Split('-')[0];
        var addressee = variant switch
        {
            "Acknowledgement-Mrs" => new Addressee("S. van der Berg", Salutation.Mrs),
            "Acknowledgement-Organisation" => new Addressee("Woningcorporatie Groen Wonen B.V.", Salutation.None, "R. Smit", Salutation.Mr),
            _ => new Addressee("J. de Vries"),
        };
        // The acknowledgement with no salutation goes by e-mail to someone without a postal address: the block names the address it went to.
        var (street, postalCode, city) = variant == "Acknowledgement-NoSalutation" ? (null, null, null) : ("Kerkstraat 12", "1234 AB", "Utrecht");
        var (recipientName, recipientAddress) = kind switch
        {
            "Acknowledgement" => (addressee.Name, "j.devries@example.com"),
            "AgentNotification" => ("P. Jansen", "pieter.jansen@devries-incasso.nl"),
            _ => ("A. Visser", "anna.visser@devries-incasso.nl"),
        };
        var letter = Letter(variant);
        var print = IntakeLetters.ToPrint(kind, "KL-2026-000017",
            IntakeLetters.AddressLines(kind, addressee, street, postalCode, city, recipientName, recipientAddress), new DateOnly(2026, 3, 3), letter);

        GoldenFile.VerifyPdf(variant, LetterPdf.Build(Office, new LetterSheet(print.AddressLines, print.Date, print.Reference, print.Subject, print.Body)));
    }

    private static RenderedLetter Letter(string variant) => variant switch
    {
        "Acknowledgement-Mrs" => Templates.Render(CorrespondenceKind.Acknowledgement, Data(new Addressee("S. van der Berg", Salutation.Mrs))),
        "Acknowledgement-Organisation" => Templates.Render(CorrespondenceKind.Acknowledgement,
            Data(new Addressee("Woningcorporatie Groen Wonen B.V.", Salutation.None, "R. Smit", Salutation.Mr))),
        "Acknowledgement-NoSalutation" => Templates.Render(CorrespondenceKind.Acknowledgement, Data(new Addressee("J. de Vries"))),
        "AgentNotification-File" => Templates.Render(CorrespondenceKind.AgentNotification, Data(new Addressee("J. de Vries"))),
        "AgentNotification-NoFile" => Templates.Render(CorrespondenceKind.AgentNotification, Data(new Addressee("J. de Vries"), fileNumber: null)),
        "AcknowledgementReminder" => Templates.Render(CorrespondenceKind.AcknowledgementReminder, Data(new Addressee("J. de Vries"))),
        "AcknowledgementOverdue" => Templates.Render(CorrespondenceKind.AcknowledgementOverdue, Data(new Addressee("J. de Vries"))),
        _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, null),
    };

    private sealed class Names : IStaffDirectory
    {
        public string AddressOf(string userName) => throw new NotSupportedException();

        public bool IsColleague(string userName) => throw new NotSupportedException();

        public string NameOf(string userName) => userName switch { "karin.dewit" => "K. de Wit", "anna.visser" => "A. Visser", _ => userName };

        public IReadOnlyList<string> QualityManagers => throw new NotSupportedException();

        public IReadOnlyList<StaffMember> Members(string? role = null) => throw new NotSupportedException();

        public bool HasRole(string userName, string role) => throw new NotSupportedException();
    }
}
