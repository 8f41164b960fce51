using Klachten.Host.ComplaintView;

namespace Klachten.IntegrationTests.ComplaintView;

/// <summary>The one lifecycle status of a complaint, derived once from the modules' states (no database needed).</summary>
public sealed class ComplaintLifecycleTests
{
    [Theory]
    [InlineData(false, false, null, "Registered")]
    [InlineData(false, false, "Open", "Registered")]
    [InlineData(true, false, "Open", "Acknowledged")]
    [InlineData(false, true, "Open", "Classified")]
    [InlineData(true, true, null, "Classified")]
    [InlineData(false, false, "Assigned", "InHandling")]
    [InlineData(true, true, "Assigned", "InHandling")]
    [InlineData(true, true, "Decided", "Decided")]
    [InlineData(true, false, "DecisionSent", "Decided")]
    [InlineData(true, true, "Referred", "Referred")]
    [InlineData(true, true, "ReferralConcluded", "Referred")]
    [InlineData(true, true, "Closed", "Closed")]
    [InlineData(false, false, "Closed", "Closed")]
    public void The_status_is_the_furthest_stage_the_modules_report(
        bool acknowledged, bool classified, string? handlingStatus, string expected) =>
        Assert.Equal(expected, ComplaintLifecycle.Of(acknowledged, classified, handlingStatus).ToString());
}
