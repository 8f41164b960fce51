using Klachten.BuildingBlocks.Domain;
using Klachten.Modules.Intake.Domain;

namespace Klachten.Modules.Intake.Tests.Domain;

public sealed class AcknowledgementTests
{
    [Fact]
    public void A_second_acknowledgement_is_a_conflict()
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            Acknowledgement.EnsureCanSend(DateTimeOffset.UtcNow, AcknowledgementChannel.Letter, hasEmail: true, hasPostalAddress: true));

        Assert.Equal("already_acknowledged", error.Code);
        Assert.Equal(RuleKind.Conflict, error.Kind);
    }

    [Theory]
    [InlineData("Email", false, true, "no_email_address")]
    [InlineData("Letter", true, false, "no_postal_address")]
    public void The_channel_needs_its_contact_route(string channel, bool hasEmail, bool hasAddress, string code)
    {
        var error = Assert.Throws<DomainRuleException>(() => Acknowledgement.EnsureCanSend(null, Enum.Parse<AcknowledgementChannel>(channel), hasEmail, hasAddress));

        Assert.Equal(code, error.Code);
        Assert.Equal(RuleKind.Unprocessable, error.Kind);
    }

    [Fact]
    public void A_first_acknowledgement_with_a_contact_route_is_allowed() =>
        Acknowledgement.EnsureCanSend(null, AcknowledgementChannel.Email, hasEmail: true, hasPostalAddress: false);

    [Theory]
    // Due Friday 6 March 2026: sent at 23:00 local time that day is in time, 00:30 the next local day is late.
    [InlineData("2026-03-06T22:00:00Z", true)]
    [InlineData("2026-03-06T23:30:00Z", false)]
    [InlineData("2026-03-05T09:00:00Z", true)]
    public void In_time_means_on_or_before_the_due_date_in_Amsterdam(string sentAt, bool inTime) =>
        Assert.Equal(inTime, Acknowledgement.IsInTime(DateTimeOffset.Parse(sentAt, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 3, 6)));
}
