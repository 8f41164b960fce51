using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Domain;
using Klachten.Modules.Handling.Infrastructure.Letters;
using Klachten.Modules.Intake.Contracts;
using Microsoft.Extensions.Options;

namespace Klachten.Modules.Handling.Tests.Infrastructure;

public sealed class DutchLetterTemplatesTests
{
    private static readonly DateOnly ReceivedOn = new(2026, 3, 2);
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private static readonly ComplainantContact Contact = new(Guid.NewGuid(), "KL-2026-000001", "S. van der Berg", ComplainantType.Debtor,
        "s@example.org", new PostalAddress("Kerkstraat 1", "1011 AA", "Amsterdam"), ReceivedOn, ComplainantSalutation.Mrs);

    private static readonly Extension Extended = new(new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 30), "Collega met verlof", Now, "officer",
        "Wij wachten op gegevens van de opdrachtgever.");

    private static readonly Decision Unfounded = new(DecisionOutcome.Unfounded, "De kosten zijn juist berekend.", null, Now, "officer");

    private static DutchLetterTemplates Templates(string? fee = null, string? phone = "020-1234567") => new(
        Options.Create(new HandlingOptions { DisputesCommittee = new DisputesCommitteeOptions { Fee = fee } }),
        Options.Create(new OfficeProfile { Name = "Incasso BV", Phone = phone, Email = phone is null ? null : "klachten@incasso.nl" }),
        new Names());

    private static string[] Paragraphs(string body) => body.ReplaceLineEndings("\n").Split("\n\n");

    [Fact]
    public void The_extension_notice_states_the_new_date_firmly_and_carries_only_the_message_to_the_complainant()
    {
        var body = Templates().ExtensionNotice(Contact, Extended, "officer", new DateOnly(2026, 3, 10)).Body;

        Assert.Contains("U ontvangt onze schriftelijke beslissing op uw klacht uiterlijk op die datum.", body, StringComparison.Ordinal);
        Assert.Contains("tot en met 30 maart 2026", body, StringComparison.Ordinal);
        Assert.Contains("Wij wachten op gegevens van de opdrachtgever.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("streven", body, StringComparison.Ordinal);
        Assert.DoesNotContain("verlof", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ExtensionNotice")]
    [InlineData("DecisionLetter")]
    public void No_sentence_is_broken_by_a_hard_line_break(string kind)
    {
        var templates = Templates();
        var body = kind == "ExtensionNotice"
            ? templates.ExtensionNotice(Contact, Extended, "officer", new DateOnly(2026, 3, 10)).Body
            : templates.DecisionLetter(Contact, Unfounded, Extended, "officer", new DateOnly(2026, 3, 20)).Body;

        // A line that goes on in the next line ends without a full stop, colon, question mark or comma of a greeting.
        var lines = body.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (lines[i].Length > 60 && lines[i + 1].Length > 0)
            {
                Assert.True(".:?".Contains(lines[i][^1], StringComparison.Ordinal), $"broken after: {lines[i]}");
            }
        }
    }

    [Fact]
    public void The_decision_letter_asks_one_question_and_says_how_to_reach_the_office()
    {
        var body = Templates().DecisionLetter(Contact, Unfounded, null, "officer", new DateOnly(2026, 3, 20)).Body;

        Assert.Equal(1, body.Count(c => c == '?'));
        Assert.Contains("Voor vragen over deze brief kunt u ons bereiken via telefoonnummer 020-1234567 of e-mail klachten@incasso.nl.", body,
            StringComparison.Ordinal);
        Assert.Contains("Geachte mevrouw Van der Berg,", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_office_phone_or_e_mail_the_decision_letter_names_the_officer_to_ask() =>
        Assert.Contains("Voor vragen over deze brief kunt u contact opnemen met Officer.",
            Templates(phone: null).DecisionLetter(Contact, Unfounded, null, "officer", new DateOnly(2026, 3, 20)).Body, StringComparison.Ordinal);

    [Fact]
    public void The_decision_letter_mentions_the_extension_when_there_was_one()
    {
        var templates = Templates();

        Assert.Contains("verlengd tot en met 30 maart 2026",
            templates.DecisionLetter(Contact, Unfounded, Extended, "officer", new DateOnly(2026, 3, 20)).Body, StringComparison.Ordinal);
        Assert.DoesNotContain("verlengd",
            templates.DecisionLetter(Contact, Unfounded, null, "officer", new DateOnly(2026, 3, 20)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_decision_letter_mentions_the_committees_fee_only_where_it_charges_one()
    {
        Assert.Contains("een bijdrage in de kosten van € 52,50.",
            Templates(fee: "€ 52,50").DecisionLetter(Contact, Unfounded, null, "officer", new DateOnly(2026, 3, 20)).Body, StringComparison.Ordinal);
        Assert.DoesNotContain("bijdrage", Templates().DecisionLetter(Contact, Unfounded, null, "officer", new DateOnly(2026, 3, 20)).Body,
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_decision_letter_is_signed_by_the_officer_the_function_and_the_office() =>
        Assert.EndsWith("Officer\nKlachtenfunctionaris\nIncasso BV",
            Paragraphs(Templates().DecisionLetter(Contact, Unfounded, null, "officer", new DateOnly(2026, 3, 20)).Body)[^1].TrimEnd());

    private sealed class Names : IStaffDirectory
    {
        public string AddressOf(string userName) => throw new NotSupportedException();

        public bool IsColleague(string userName) => throw new NotSupportedException();

        public string NameOf(string userName) => char.ToUpperInvariant(userName[0]) + userName[1..];

        public IReadOnlyList<string> QualityManagers => throw new NotSupportedException();

        public IReadOnlyList<StaffMember> Members(string? role = null) => throw new NotSupportedException();

        public bool HasRole(string userName, string role) => throw new NotSupportedException();
    }
}
