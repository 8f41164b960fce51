using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Intake.Application.Abstractions;
using Klachten.Modules.Intake.Domain;
using Klachten.Modules.Intake.Infrastructure.Letters;
using Microsoft.Extensions.Options;

namespace Klachten.Modules.Intake.Tests.Golden;

/// <summary>One approved text per letter kind and variant of Intake (see <see cref="GoldenFile"/> to approve a change).</summary>
public sealed class LetterGoldenTests
{
    private static readonly DutchLetterTemplates Templates = new(
        Options.Create(new OfficeProfile
        {
            Name = "Incassobureau De Vries & Partners", Street = "Postbus 123", PostalCode = "1000 AB", City = "Amsterdam",
            Phone = "020-1234567", Email = "klachten@devries-incasso.nl",
        }),
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
        var letter = variant switch
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

        GoldenFile.Verify(variant, letter.Subject, letter.Body);
    }

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
