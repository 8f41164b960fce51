using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.PreventiveAction;

/// <summary>
/// Titles and participants reach letters, e-mails and the meeting pack: a hidden line break or invisible character is a 400.
/// </summary>
public sealed class CleanTextTests(ApiFixture fixture) : PreventiveActionApiTest(fixture)
{
    private const string HeaderInjection = "Evil\r\nBcc: x@evil.example";

    private static string[] Fields(JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task A_measure_title_with_a_line_break_is_a_400_naming_the_title_and_stores_nothing()
    {
        var problem = await ExpectAsync(HttpStatusCode.BadRequest, QualityManager.PostAsJsonAsync($"{Api}/measures",
            new { title = HeaderInjection, kind = "Preventive", description = "Meerdere\nregels mogen." }, ApiJson.Options));

        Assert.Equal(["title"], Fields(problem));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM preventive_action.measures"));
    }

    [Fact]
    public async Task A_meeting_participant_with_a_zero_width_space_is_a_400_naming_that_participant()
    {
        var problem = await ExpectAsync(HttpStatusCode.BadRequest, QualityManager.PostAsJsonAsync($"{Api}/meetings",
            new { heldOn = "2026-03-20", kind = "Regular", participants = new[] { QualityManagerName, OwnerName + "\u200B" } },
            ApiJson.Options));

        Assert.Equal(["participants[1]"], Fields(problem));
        Assert.Contains("zero-width", problem.GetProperty("errors").GetProperty("participants[1]")[0].GetString(),
            StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM preventive_action.meetings"));
    }

    [Fact]
    public async Task A_session_participant_with_a_zero_width_space_and_a_topic_with_a_line_break_are_both_named()
    {
        var training = await InProgressAsync("Training");

        var problem = await ExpectAsync(HttpStatusCode.BadRequest, OwnerClient.PostAsJsonAsync(Measure(training, "/sessions"),
            new
            {
                topic = HeaderInjection, heldOn = "2026-03-20", trainer = "Extern bureau", participants = new[] { "\u200B" + OwnerName },
            },
            ApiJson.Options));

        Assert.Equal(["participants[0]", "topic"], Fields(problem));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM preventive_action.training_sessions"));
    }

    [Fact]
    public async Task Reasoning_may_run_over_several_lines_and_is_kept_as_written()
    {
        var id = await ProposeAsync();

        await ExpectAsync(HttpStatusCode.OK, Management.PostAsJsonAsync(Measure(id, "/decision"),
            new { decision = "Deferred", reasoning = "Eerst de cijfers:\r\n- kosten\n- termijnen" }, ApiJson.Options));

        var decision = (await GetMeasureAsync(id)).GetProperty("decision");
        Assert.Equal("Eerst de cijfers:\r\n- kosten\n- termijnen", decision.GetProperty("reasoning").GetString());
    }
}
