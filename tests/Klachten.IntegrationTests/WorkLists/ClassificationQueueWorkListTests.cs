using System.Net;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.WorkLists;

/// <summary>The classification queue as a work list: by handling officer, unassigned, by reference, in deadline order.</summary>
public sealed class ClassificationQueueWorkListTests(ApiFixture fixture) : WorkListTest(fixture)
{
    private const string Queue = "/api/classification/queue";

    [Fact]
    public async Task The_queue_filters_by_officer_and_reference_in_the_order_of_the_deadlines()
    {
        var today = await RegisterComplaintAsync(Visser, "2026-03-02T09:30:00+01:00");
        var earlier = await RegisterComplaintAsync(Visser, "2026-02-20T10:00:00+01:00");
        var assigned = await RegisterComplaintAsync(Bakker, "2026-02-25T10:00:00+01:00");
        await AssignAsync(assigned, Officer);

        Assert.Equal(Of(earlier, assigned, today), await ReferencesAsync(QualityManager, Queue));
        Assert.Equal(Of(assigned), await ReferencesAsync(QualityManager, $"{Queue}?assignedTo={Officer}"));
        Assert.Equal(Of(earlier, today), await ReferencesAsync(QualityManager, $"{Queue}?unassigned=true"));
        Assert.Equal(Of(assigned), await ReferencesAsync(QualityManager, $"{Queue}?unassigned=false"));
        Assert.Equal(Of(today), await ReferencesAsync(QualityManager, $"{Queue}?reference={today.Reference.ToLowerInvariant()}"));
        await ExpectAsync(HttpStatusCode.BadRequest, QualityManager.GetAsync($"{Queue}?unassigned=perhaps"));
    }
}
