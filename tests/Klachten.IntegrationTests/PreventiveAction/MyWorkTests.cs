using System.Net;
using System.Net.Http.Json;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.PreventiveAction;

public sealed class MyWorkTests(ApiFixture fixture) : PreventiveActionApiTest(fixture)
{
    [Fact]
    public async Task A_colleague_sees_the_measures_they_own_and_the_sessions_they_are_to_attend()
    {
        var preventive = await InProgressAsync(dueOn: "2026-03-10");
        var training = await InProgressAsync("Training");
        await ProposeAsync();
        var session = await ExpectAsync(HttpStatusCode.Created, OwnerClient.PostAsJsonAsync(Measure(training, "/sessions"),
            new
            {
                topic = "Klantgericht reageren", heldOn = "2026-03-20", trainer = "Bureau Klantcontact",
                participants = new[] { "agent.jansen" },
            },
            ApiJson.Options));
        Clock.Set(new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.Zero));

        var mine = await ExpectAsync(HttpStatusCode.OK, OwnerClient.GetAsync($"{Api}/my"));
        Assert.Equal(new[] { preventive, training }.Order(),
            mine.GetProperty("measures").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).Order());
        Assert.True(mine.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == preventive)
            .GetProperty("overdue").GetBoolean());
        Assert.Empty(mine.GetProperty("sessions").EnumerateArray());

        var agent = await ExpectAsync(HttpStatusCode.OK, CreateClient("Agent.Jansen", Roles.ComplaintsOfficer).GetAsync($"{Api}/my"));
        Assert.Empty(agent.GetProperty("measures").EnumerateArray());
        var upcoming = Assert.Single(agent.GetProperty("sessions").EnumerateArray());
        Assert.Equal(session.GetProperty("id").GetGuid(), upcoming.GetProperty("id").GetGuid());
        Assert.Equal("PM-2026-002", upcoming.GetProperty("measureReference").GetString());

        Clock.Set(new DateTimeOffset(2026, 3, 20, 15, 0, 0, TimeSpan.Zero));
        await ExpectAsync(HttpStatusCode.OK, OwnerClient.PostAsJsonAsync(Measure(training,
            $"/sessions/{upcoming.GetProperty("id").GetGuid()}/attendance"),
            new { attendance = new[] { new { participant = "agent.jansen", attended = true } } }, ApiJson.Options));
        Assert.Empty((await ExpectAsync(HttpStatusCode.OK, CreateClient("agent.jansen", Roles.Employee).GetAsync($"{Api}/my")))
            .GetProperty("sessions").EnumerateArray());
        Assert.Equal(HttpStatusCode.Unauthorized, (await CreateAnonymousClient().GetAsync($"{Api}/my")).StatusCode);
    }
}
