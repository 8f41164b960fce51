using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Intake.Application.Abstractions;
using Klachten.Modules.Intake.Domain;
using Klachten.Modules.Intake.Infrastructure.Letters;
using Microsoft.Extensions.Options;

namespace Klachten.Modules.Intake.Tests.Infrastructure;

public sealed class DutchLetterTemplatesTests
{
    private static readonly DutchLetterTemplates Templates = new(
        Options.Create(new OfficeProfile { Name = "Incasso BV", SigningFunction = "Klachtenfunctionaris" }),
        Options.Create(new IntakeOptions { CollectionPolicy = "De incasso op dit dossier loopt door." }),
        new Names(new() { ["karin.w"] = "K. de Wit" }));

    private static LetterData Data(string? officer = null, Addressee? complainant = null) => new(
        "KL-2026-000001", complainant ?? new Addressee("J. de Vries"), new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 6), new DateOnly(2026, 3, 16), "D-42", "anna", officer);

    [Fact]
    public void The_acknowledgement_names_reference_receipt_date_handler_and_settlement_date_in_Dutch()
    {
        var letter = Templates.Render(CorrespondenceKind.Acknowledgement, Data());

        Assert.Contains("KL-2026-000001", letter.Subject, StringComparison.Ordinal);
        Assert.StartsWith("Geachte heer/mevrouw,", letter.Body, StringComparison.Ordinal);
        Assert.Contains("uw klacht van 2 maart 2026 ontvangen en geregistreerd onder kenmerk KL-2026-000001", letter.Body, StringComparison.Ordinal);
        Assert.Contains("een klachtenfunctionaris van ons kantoor", letter.Body, StringComparison.Ordinal);
        Assert.Contains("uiterlijk 16 maart 2026 schriftelijk onze reactie", letter.Body, StringComparison.Ordinal);
        Assert.Contains("Met vriendelijke groet", letter.Body, StringComparison.Ordinal);
        Assert.Contains("Incasso BV", letter.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mrs", "S. van der Berg", null, "None", "Geachte mevrouw Van der Berg,")]
    [InlineData("Mr", "R. Smit", null, "None", "Geachte heer Smit,")]
    [InlineData("None", "Woningcorporatie Groen Wonen B.V.", "R. Smit", "Mr", "Geachte heer Smit,")]
    [InlineData("None", "Woningcorporatie Groen Wonen B.V.", null, "None", "Geachte heer/mevrouw,")]
    public void The_acknowledgement_greets_the_complainant_by_their_form_of_address(
        string salutation, string name, string? contact, string contactSalutation, string greeting) =>
        Assert.StartsWith(greeting + "\n", Templates.Render(CorrespondenceKind.Acknowledgement,
            Data(complainant: new Addressee(name, Enum.Parse<Salutation>(salutation), contact, Enum.Parse<Salutation>(contactSalutation)))).Body,
            StringComparison.Ordinal);

    [Fact]
    public void The_acknowledgement_names_the_handling_officer_once_known() =>
        Assert.Contains("onze klachtenfunctionaris karin", Templates.Render(CorrespondenceKind.Acknowledgement, Data("karin")).Body, StringComparison.Ordinal);

    [Fact]
    public void The_acknowledgement_is_signed_by_the_sending_officers_name_function_and_the_one_office() =>
        Assert.EndsWith("Met vriendelijke groet,\n\nK. de Wit\nKlachtenfunctionaris\nIncasso BV",
            Templates.Render(CorrespondenceKind.Acknowledgement, Data("someone") with { Signatory = "karin.w" }).Body.ReplaceLineEndings("\n").TrimEnd(),
            StringComparison.Ordinal);

    [Fact]
    public void The_agent_notification_is_signed_for_the_office() =>
        Assert.EndsWith("Klachtenfunctionaris\nIncasso BV",
            Templates.Render(CorrespondenceKind.AgentNotification, Data()).Body.ReplaceLineEndings("\n").TrimEnd(), StringComparison.Ordinal);

    [Fact]
    public void The_agent_notification_says_what_happens_to_collection_on_the_file() =>
        Assert.Contains("\n\nDe incasso op dit dossier loopt door.\n\n",
            Templates.Render(CorrespondenceKind.AgentNotification, Data()).Body.ReplaceLineEndings("\n"), StringComparison.Ordinal);

    [Fact]
    public void Without_a_file_number_the_agent_notification_is_about_the_agents_work_and_names_no_file()
    {
        var notice = Templates.Render(CorrespondenceKind.AgentNotification, Data() with { FileNumber = null });

        Assert.Equal("Klacht KL-2026-000001 over uw werkzaamheden", notice.Subject);
        Assert.DoesNotContain("dossier", notice.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", notice.Body.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_agent_notification_names_file_and_reference()
    {
        var notice = Templates.Render(CorrespondenceKind.AgentNotification, Data());

        Assert.Contains("KL-2026-000001", notice.Body, StringComparison.Ordinal);
        Assert.Contains("dossier D-42", notice.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("J. de Vries", notice.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AcknowledgementReminder", "6 maart 2026")]
    [InlineData("AcknowledgementOverdue", "6 maart 2026")]
    public void Notices_name_the_due_date_in_Dutch(string kind, string date) =>
        Assert.Contains(date, Templates.Render(Enum.Parse<CorrespondenceKind>(kind), Data()).Body, StringComparison.Ordinal);

    [Fact]
    public void The_acknowledgement_names_the_officer_by_the_name_the_staff_directory_gives() =>
        Assert.Contains("onze klachtenfunctionaris K. de Wit.", Templates.Render(CorrespondenceKind.Acknowledgement, Data("karin.w")).Body, StringComparison.Ordinal);

    [Theory]
    [InlineData("ComplaintWithdrawn")]
    [InlineData("acknowledgement")]
    [InlineData("1")]
    public void A_stored_kind_without_a_template_renders_nothing(string kind) => Assert.Null(Templates.TryRender(kind, Data()));

    [Fact]
    public void A_stored_kind_with_a_template_renders_that_letter() =>
        Assert.Equal(Templates.Render(CorrespondenceKind.AgentNotification, Data()), Templates.TryRender("AgentNotification", Data()));

    // The staff directory's naming rule (configured name, else user name); its configuration binding is tested in the building blocks.
    private sealed class Names(Dictionary<string, string> names) : IStaffDirectory
    {
        public string AddressOf(string userName) => throw new NotSupportedException("Letters do not address colleagues.");

        public bool IsColleague(string userName) => throw new NotSupportedException("Letters do not check colleagues.");

        public string NameOf(string userName) => names.GetValueOrDefault(userName, userName);

        public IReadOnlyList<string> QualityManagers => throw new NotSupportedException("Letters do not address colleagues.");

        public IReadOnlyList<StaffMember> Members(string? role = null) => [];

        public bool HasRole(string userName, string role) => false;
    }
}
