using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.PreventiveAction;

/// <summary>
/// allowedActions of measures and meetings: in each state, for each role, every action the read lists succeeds and every
/// action it does not list is refused (403, 409 or 422).
/// </summary>
public sealed class AllowedActionsTests(ApiFixture fixture) : PreventiveActionApiTest(fixture)
{
    private static readonly string[] MeasureSteps =
        ["decide", "start", "recordProgress", "complete", "reviewEffectiveness", "cancel", "proposeFollowUp", "planSession"];

    private static readonly string[] MeetingSteps = ["addAgendaItem", "recordMinutes", "close"];

    public enum MeasureState
    {
        Proposed,
        Approved,
        InProgress,
        TrainingInProgress,
        Completed,
        ReviewDue,
        NotEffective,
    }

    public enum Who
    {
        QualityManager,
        Management,
        Owner,
    }

    public enum MeetingState
    {
        Planned,
        WithMinutes,
        YearlyWithMinutesOnly,
        Closed,
    }

    [Theory]
    [InlineData(MeasureState.Proposed, Who.Management)]
    [InlineData(MeasureState.Proposed, Who.QualityManager)]
    [InlineData(MeasureState.Approved, Who.Management)]
    [InlineData(MeasureState.Approved, Who.QualityManager)]
    [InlineData(MeasureState.InProgress, Who.Owner)]
    [InlineData(MeasureState.InProgress, Who.Management)]
    [InlineData(MeasureState.TrainingInProgress, Who.Owner)]
    [InlineData(MeasureState.TrainingInProgress, Who.QualityManager)]
    [InlineData(MeasureState.Completed, Who.QualityManager)]
    [InlineData(MeasureState.Completed, Who.Owner)]
    [InlineData(MeasureState.ReviewDue, Who.QualityManager)]
    [InlineData(MeasureState.NotEffective, Who.QualityManager)]
    [InlineData(MeasureState.NotEffective, Who.Management)]
    public async Task Each_step_a_measure_lists_succeeds_and_each_it_does_not_list_is_refused(MeasureState state, Who who)
    {
        var client = ClientOf(who);
        var shared = await ArrangeAsync(state);
        var listed = Names((await GetMeasureAsync(shared, client)).GetProperty("allowedActions"));
        Assert.All(listed, action => Assert.Contains(action, MeasureSteps));

        foreach (var action in MeasureSteps)
        {
            // A listed step is tried on its own copy of the state; a refused one changes nothing, so they share one.
            var id = listed.Contains(action) ? await ArrangeAsync(state) : shared;
            await ExpectListedToWorkAsync(action, state.ToString(), listed.Contains(action), await MeasureStepAsync(client, id, action));
        }
    }

    [Fact]
    public async Task A_training_lists_complete_once_its_sessions_are_held_with_their_attendance()
    {
        var id = await ArrangeAsync(MeasureState.TrainingInProgress);
        var session = await ExpectAsync(HttpStatusCode.Created, MeasureStepAsync(OwnerClient, id, "planSession"));
        Assert.DoesNotContain("complete", Names((await GetMeasureAsync(id, OwnerClient)).GetProperty("allowedActions")));

        Clock.Set(new DateTimeOffset(2026, 3, 10, 15, 0, 0, TimeSpan.Zero));
        await ExpectAsync(HttpStatusCode.OK, OwnerClient.PostAsJsonAsync(
            Measure(id, $"/sessions/{session.GetProperty("id").GetGuid()}/attendance"),
            new { attendance = new[] { new { participant = OwnerName, attended = true } } }, ApiJson.Options));

        Assert.Contains("complete", Names((await GetMeasureAsync(id, OwnerClient)).GetProperty("allowedActions")));
        await ExpectAsync(HttpStatusCode.OK, MeasureStepAsync(OwnerClient, id, "complete"));
    }

    [Theory]
    [InlineData(MeetingState.Planned)]
    [InlineData(MeetingState.WithMinutes)]
    [InlineData(MeetingState.YearlyWithMinutesOnly)]
    [InlineData(MeetingState.Closed)]
    public async Task Each_step_a_meeting_lists_succeeds_and_each_it_does_not_list_is_refused(MeetingState state)
    {
        var shared = await ArrangeAsync(state);
        var listed = Names((await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync($"{Api}/meetings/{shared}")))
            .GetProperty("allowedActions"));
        Assert.Equal(state != MeetingState.Closed, listed.Contains("recordMinutes"));
        Assert.Empty(Names((await ExpectAsync(HttpStatusCode.OK, Management.GetAsync($"{Api}/meetings/{shared}")))
            .GetProperty("allowedActions")));

        foreach (var action in MeetingSteps)
        {
            var id = listed.Contains(action) ? await ArrangeAsync(state) : shared;
            await ExpectListedToWorkAsync(action, state.ToString(), listed.Contains(action), await MeetingStepAsync(id, action));
        }
    }

    private static async Task ExpectListedToWorkAsync(string action, string state, bool listed, HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (listed)
        {
            Assert.True(response.IsSuccessStatusCode, $"{action} is listed in {state} but answered {(int)response.StatusCode}: {body}");
        }
        else
        {
            Assert.True((int)response.StatusCode is 403 or 409 or 422,
                $"{action} is not listed in {state} but answered {(int)response.StatusCode}: {body}");
        }
    }

    private HttpClient ClientOf(Who who) => who switch
    {
        Who.QualityManager => QualityManager,
        Who.Management => Management,
        _ => OwnerClient,
    };

    private async Task<Guid> ArrangeAsync(MeasureState state)
    {
        Clock.Set(TestClock.DefaultStart);
        switch (state)
        {
            case MeasureState.Proposed:
                return await ProposeAsync();
            case MeasureState.Approved:
                return await ApprovedAsync();
            case MeasureState.TrainingInProgress:
                return await InProgressAsync("Training");
        }

        var id = await InProgressAsync();
        if (state == MeasureState.InProgress)
        {
            return id;
        }

        Clock.Set(new DateTimeOffset(2026, 4, 20, 10, 0, 0, TimeSpan.Zero));
        await ExpectAsync(HttpStatusCode.OK, MeasureStepAsync(OwnerClient, id, "complete"));
        if (state == MeasureState.Completed)
        {
            return id;
        }

        Clock.Set(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero));
        if (state == MeasureState.NotEffective)
        {
            await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync(Measure(id, "/effectiveness-review"),
                new { effectiveness = "NotEffective", notes = "Evenveel klachten als ervoor." }, ApiJson.Options));
        }

        return id;
    }

    private async Task<Guid> ArrangeAsync(MeetingState state)
    {
        Clock.Set(TestClock.DefaultStart);
        var created = await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync($"{Api}/meetings", new
        {
            heldOn = "2026-03-20",
            kind = state == MeetingState.YearlyWithMinutesOnly ? "YearlyComplaints" : "Regular",
            participants = new[] { DirectorName, QualityManagerName },
        }, ApiJson.Options));
        var id = created.GetProperty("id").GetGuid();
        if (state != MeetingState.Planned)
        {
            await ExpectAsync(HttpStatusCode.OK, MeetingStepAsync(id, "recordMinutes"));
        }

        if (state == MeetingState.Closed)
        {
            await ExpectAsync(HttpStatusCode.OK, MeetingStepAsync(id, "close"));
        }

        return id;
    }

    private Task<HttpResponseMessage> MeasureStepAsync(HttpClient client, Guid id, string action) => action switch
    {
        "decide" => client.PostAsJsonAsync(Measure(id, "/decision"), new { decision = "Deferred", reasoning = "Eerst ramen." },
            ApiJson.Options),
        "start" => client.PostAsJsonAsync(Measure(id, "/start"), new { owner = OwnerName, dueOn = "2026-04-30", reviewOn = "2026-10-31" },
            ApiJson.Options),
        "recordProgress" => client.PostAsJsonAsync(Measure(id, "/progress"), new { note = "Conceptbrief klaar." }, ApiJson.Options),
        "complete" => client.PostAsJsonAsync(Measure(id, "/completion"), new { result = "Gedaan." }, ApiJson.Options),
        "reviewEffectiveness" => client.PostAsJsonAsync(Measure(id, "/effectiveness-review"),
            new { effectiveness = "Effective", notes = "Minder klachten." }, ApiJson.Options),
        "cancel" => client.PostAsJsonAsync(Measure(id, "/cancellation"), new { reason = "Niet meer nodig." }, ApiJson.Options),
        "proposeFollowUp" => client.PostAsJsonAsync(Measure(id, "/follow-up"), new { }, ApiJson.Options),
        "planSession" => client.PostAsJsonAsync(Measure(id, "/sessions"),
            new { topic = "Kosten uitleggen", heldOn = "2026-03-10", trainer = QualityManagerName, participants = new[] { OwnerName } },
            ApiJson.Options),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    private async Task<HttpResponseMessage> MeetingStepAsync(Guid id, string action) => action switch
    {
        "addAgendaItem" => await QualityManager.PostAsJsonAsync($"{Api}/meetings/{id}/agenda",
            new { kind = "MeasureToPresent", measureId = await ProposeAsync() }, ApiJson.Options),
        "recordMinutes" => await QualityManager.PostAsJsonAsync($"{Api}/meetings/{id}/minutes", new { text = "Verslag." }, ApiJson.Options),
        "close" => await QualityManager.PostAsync($"{Api}/meetings/{id}/closure", null),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    private static List<string> Names(JsonElement actions) => actions.EnumerateArray().Select(a => a.GetString()!).ToList();
}
