using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Intake.Application.Abstractions;
using Klachten.Modules.Intake.Application.RegisterComplaint;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Klachten.Modules.Intake.Tests.Application;

public sealed class RegisterComplaintCommandValidatorTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    private static RegisterComplaintRequest Valid() => new(
        new ComplainantRequest("J. de Vries", "Debtor", "j.devries@example.com", null, null),
        "D-2026-0042", "pieter", "Phone", "2026-03-02T09:30:00+01:00",
        "De medewerker was onbeleefd aan de telefoon.", "Excuses en een betalingsregeling.");

    private static IDictionary<string, string[]> Errors(RegisterComplaintRequest command) =>
        new RegisterComplaintCommandValidator(Clock, Options.Create(new IntakeOptions()), new OfficeAtKantoorNl()).Validate(command).Errors
            .GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray());

    [Fact]
    public void A_complete_form_passes() => Assert.Empty(Errors(Valid()));

    [Fact]
    public void A_complete_form_with_only_a_postal_address_passes() =>
        Assert.Empty(Errors(Valid() with { Complainant = new ComplainantRequest("BV X", "Client", null, null, new AddressRequest("Dam 1", "1012 JS", "Amsterdam")) }));

    [Fact]
    public void Every_missing_field_is_reported_at_once()
    {
        var errors = Errors(new RegisterComplaintRequest(new ComplainantRequest(null, null, null, null, null), null, null, null, null, null, null));

        Assert.Contains("Complainant.Name", errors.Keys);
        Assert.Contains("Complainant.Type", errors.Keys);
        Assert.Contains("Complainant", errors.Keys); // no contact route at all
        Assert.Contains("Channel", errors.Keys);
        Assert.Contains("ReceivedAt", errors.Keys);
        Assert.Contains("Description", errors.Keys);
        Assert.Contains("RequestedOutcome", errors.Keys);
    }

    [Fact]
    public void A_missing_complainant_is_reported() => Assert.Contains("Complainant", Errors(Valid() with { Complainant = null }).Keys);

    [Theory]
    [InlineData("Fax")]
    [InlineData("3")]
    public void An_unknown_channel_names_the_allowed_values(string channel)
    {
        var message = Assert.Single(Errors(Valid() with { Channel = channel })["Channel"]);
        Assert.Contains("Phone, Email, Letter, WebForm, InPerson", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("phone")]
    [InlineData("WEBFORM")]
    public void A_channel_and_a_type_are_names_in_any_letter_case(string channel) =>
        Assert.Empty(Errors(Valid() with { Channel = channel, Complainant = Valid().Complainant! with { Type = "debtor" } }));

    [Fact]
    public void An_unknown_complainant_type_is_reported() =>
        Assert.Contains("Complainant.Type", Errors(Valid() with { Complainant = Valid().Complainant! with { Type = "Lawyer" } }).Keys);

    [Theory]
    [InlineData("2026-03-02T10:30:00+01:00")] // 09:30 UTC, half an hour after "now"
    [InlineData("2027-01-01T00:00:00Z")]
    public void A_receipt_moment_in_the_future_is_refused(string receivedAt) =>
        Assert.Contains("ReceivedAt", Errors(Valid() with { ReceivedAt = receivedAt }).Keys);

    [Theory]
    [InlineData("2026-03-02T09:00:00")] // no offset: ambiguous
    [InlineData("2026-03-02")]
    [InlineData("gisteren")]
    [InlineData("02-03-2026T09:00:00+01:00")]
    public void A_receipt_moment_that_is_not_ISO_8601_with_offset_is_refused(string receivedAt) =>
        Assert.Contains("ReceivedAt", Errors(Valid() with { ReceivedAt = receivedAt }).Keys);

    [Theory]
    [InlineData("2026-03-02T08:00:00Z")]
    [InlineData("2026-03-01T23:59:59.123+01:00")]
    public void A_receipt_moment_in_the_past_with_offset_passes(string receivedAt) => Assert.Empty(Errors(Valid() with { ReceivedAt = receivedAt }));

    [Fact]
    public void Over_long_texts_are_refused()
    {
        var errors = Errors(Valid() with
        {
            Description = new string('x', RegisterComplaintCommandValidator.DescriptionMax + 1),
            RequestedOutcome = new string('x', RegisterComplaintCommandValidator.RequestedOutcomeMax + 1),
            FileNumber = new string('x', RegisterComplaintCommandValidator.FileNumberMax + 1),
            Complainant = Valid().Complainant! with { Name = new string('x', RegisterComplaintCommandValidator.NameMax + 1) },
        });

        Assert.Contains("Description", errors.Keys);
        Assert.Contains("RequestedOutcome", errors.Keys);
        Assert.Contains("FileNumber", errors.Keys);
        Assert.Contains("Complainant.Name", errors.Keys);
    }

    [Fact]
    public void An_incomplete_address_names_each_missing_part()
    {
        var errors = Errors(Valid() with { Complainant = Valid().Complainant! with { Email = null, Address = new AddressRequest("Dam 1", null, " ") } });

        Assert.Contains("Complainant.Address.PostalCode", errors.Keys);
        Assert.Contains("Complainant.Address.City", errors.Keys);
        Assert.DoesNotContain("Complainant.Address.Street", errors.Keys);
    }

    [Theory]
    [InlineData("geen-adres")]
    [InlineData("a b@c.nl")] // accepted before, then failed in every retry of the acknowledgement
    [InlineData("Jan <j@x.nl>")]
    [InlineData("j@localhost")]
    [InlineData("j@@x.nl")]
    [InlineData(".j@x.nl")]
    public void An_email_address_the_sender_cannot_deliver_to_is_refused(string email) =>
        Assert.Contains("Complainant.Email", Errors(Valid() with { Complainant = Valid().Complainant! with { Email = email } }).Keys);

    [Theory]
    [InlineData("j.devries@example.com")]
    [InlineData("j.de-vries+klacht@mail.example.nl")]
    [InlineData(" info@bakkerij-jansen.nl ")]
    [InlineData("klant@café.nl")]
    public void A_plain_email_address_passes(string email) =>
        Assert.Empty(Errors(Valid() with { Complainant = Valid().Complainant! with { Email = email } }));

    [Theory]
    [InlineData("x")]
    [InlineData("abc")]
    [InlineData("++++++++++")]
    [InlineData("12345")]
    [InlineData("bel na 17:00")]
    public void A_phone_number_that_is_no_phone_number_is_refused(string phone) =>
        Assert.Contains("Complainant.Phone", Errors(Valid() with { Complainant = Valid().Complainant! with { Phone = phone } }).Keys);

    [Theory]
    [InlineData("020-1234567")]
    [InlineData("+31 6 12345678")]
    [InlineData("(020) 123 45 67")]
    [InlineData("0612345678")]
    public void A_phone_number_passes(string phone) =>
        Assert.Empty(Errors(Valid() with { Complainant = Valid().Complainant! with { Phone = phone } }));

    [Theory]
    [InlineData("someone@gmail.com")] // the notification would leave the office
    [InlineData("jan de vries")]
    [InlineData("Jan <jan@kantoor.nl>")]
    [InlineData("pieter;drop")]
    public void A_collection_agent_that_is_no_colleagues_user_name_is_refused(string agent) =>
        Assert.Contains("CollectionAgent", Errors(Valid() with { CollectionAgent = agent }).Keys);

    [Theory]
    [InlineData("pieter")]
    [InlineData(" agent.jansen ")]
    [InlineData("p.jansen@kantoor.nl")]
    public void A_colleagues_user_name_as_collection_agent_passes(string agent) =>
        Assert.Empty(Errors(Valid() with { CollectionAgent = agent }));

    [Theory]
    [InlineData("2025-03-01T09:00:00Z")] // 366 days before the clock's 2 March 2026: the oldest allowed
    [InlineData("2026-01-15T09:00:00+01:00")]
    public void A_receipt_within_the_allowed_age_passes(string receivedAt) => Assert.Empty(Errors(Valid() with { ReceivedAt = receivedAt }));

    [Theory]
    [InlineData("2025-02-28T09:00:00Z")]
    [InlineData("0001-01-01T00:30:00+00:00")] // gave the reference "KL-1-000001" and an immediate breach
    [InlineData("1899-12-31T23:30:00Z")]
    public void A_receipt_longer_ago_than_the_allowed_age_is_refused_as_a_likely_wrong_year(string receivedAt) =>
        Assert.Contains("check the year", Assert.Single(Errors(Valid() with { ReceivedAt = receivedAt })["ReceivedAt"]), StringComparison.Ordinal);

    [Theory]
    [InlineData("mrs", "Mr")]
    [InlineData(null, "MRS")]
    [InlineData("None", null)]
    public void A_salutation_and_a_contact_persons_salutation_are_names_in_any_letter_case(string? salutation, string? contactSalutation) =>
        Assert.Empty(Errors(Valid() with
        {
            Complainant = Valid().Complainant! with { Salutation = salutation, ContactPerson = new ContactPersonRequest("R. Smit", contactSalutation) },
        }));

    [Fact]
    public void An_unknown_salutation_and_a_contact_person_without_a_name_are_reported_together()
    {
        var errors = Errors(Valid() with
        {
            Complainant = Valid().Complainant! with { Salutation = "Dr", ContactPerson = new ContactPersonRequest(" ", "Sir") },
        });

        Assert.Contains("Mr, Mrs", Assert.Single(errors["Complainant.Salutation"]), StringComparison.Ordinal);
        Assert.Contains("Complainant.ContactPerson.Name", errors.Keys);
        Assert.Contains("Complainant.ContactPerson.Salutation", errors.Keys);
    }

    private sealed class OfficeAtKantoorNl : IStaffDirectory
    {
        public string AddressOf(string userName) => throw new NotSupportedException();

        public bool IsColleague(string userName) => !userName.Contains('@', StringComparison.Ordinal) || userName.EndsWith("@kantoor.nl", StringComparison.Ordinal);

        public string NameOf(string userName) => userName;

        public IReadOnlyList<string> QualityManagers => [];

        public IReadOnlyList<StaffMember> Members(string? role = null) => [];

        public bool HasRole(string userName, string role) => false;
    }
}
