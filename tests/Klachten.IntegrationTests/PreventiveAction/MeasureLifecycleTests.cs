using System.Net;
using System.Net.Http.Json;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.PreventiveAction;

public sealed class MeasureLifecycleTests(ApiFixture fixture) : PreventiveActionApiTest(fixture)
{
    [Fact]
    public async Task A_measure_runs_from_proposal_to_closure_with_every_step_in_its_history_and_equal_review_periods()
    {
        var id = await InProgressAsync();
        await ExpectAsync(HttpStatusCode.OK, OwnerClient.PostAsJsonAsync(Measure(id, "/progress"), new { note = "Conceptbrief klaar." },
            ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, OwnerClient.PostAsJsonAsync(Measure(id, "/progress"), new { note = "Besproken met juristen." },
            ApiJson.Options));
        Clock.Set(new DateTimeOffset(2026, 4, 20, 10, 0, 0, TimeSpan.Zero));
        var completed = await ExpectAsync(HttpStatusCode.OK, OwnerClient.PostAsJsonAsync(Measure(id, "/completion"),
            new { result = "De eerste brief legt de kosten nu uit." }, ApiJson.Options));
        Assert.Equal("Completed", completed.GetProperty("status").GetString());

        Clock.Set(new DateTimeOffset(2026, 10, 31, 10, 0, 0, TimeSpan.Zero));
        var review = await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync(Measure(id, "/effectiveness-review"),
            new { effectiveness = "Effective", notes = "Duidelijk minder klachten over kosten." }, ApiJson.Options));
        Assert.Equal("Closed", review.GetProperty("status").GetString());
        // 194 days after completion (21 April to 31 October) against the 194 days before it (8 October 2025 to 19 April).
        Assert.Equal("2026-04-21", review.GetProperty("after").GetProperty("from").GetString());
        Assert.Equal("2026-10-31", review.GetProperty("after").GetProperty("to").GetString());
        Assert.Equal("2025-10-08", review.GetProperty("before").GetProperty("from").GetString());
        Assert.Equal("2026-04-19", review.GetProperty("before").GetProperty("to").GetString());
        // No complaint was registered: Analysis counts none in either period (the counts of real complaints: FullLoopTests).
        Assert.Equal((0, 0), (review.GetProperty("before").GetProperty("received").GetInt32(),
            review.GetProperty("after").GetProperty("received").GetInt32()));

        var details = await GetMeasureAsync(id);
        Assert.Equal("Closed", details.GetProperty("status").GetString());
        Assert.Equal("Effective", details.GetProperty("effectivenessReview").GetProperty("effectiveness").GetString());
        Assert.Equal("2025-10-08", details.GetProperty("effectivenessReview").GetProperty("before").GetProperty("from").GetString());
        var history = details.GetProperty("history").EnumerateArray()
            .Select(h => (h.GetProperty("step").GetString(), h.GetProperty("actor").GetString())).ToList();
        Assert.Equal([
            ("Proposed", QualityManagerName), ("Decided", DirectorName), ("Started", QualityManagerName), ("ProgressNoted", OwnerName),
            ("ProgressNoted", OwnerName), ("Completed", OwnerName), ("EffectivenessReviewed", QualityManagerName), ("Closed",
            QualityManagerName),
        ], history);
        Assert.Equal("Besproken met juristen.", details.GetProperty("history")[4].GetProperty("note").GetString());
        Assert.Equal("Approved", details.GetProperty("history")[1].GetProperty("details").GetProperty("decision").GetString());

        Assert.Equal(1,
            await CountAsync("SELECT count(*) FROM preventive_action.outbox_messages WHERE event_type LIKE '%MeasureDecided%'"));
        Assert.Equal(1,
            await CountAsync("SELECT count(*) FROM preventive_action.outbox_messages WHERE event_type LIKE '%MeasureCompleted%'"));
        Assert.Equal(1,
            await CountAsync(
                "SELECT count(*) FROM preventive_action.outbox_messages WHERE event_type LIKE '%MeasureEffectivenessReviewed%'"));
    }

    [Fact]
    public async Task References_are_numbered_per_year_without_gaps_even_when_a_proposal_is_refused()
    {
        var first = await GetMeasureAsync(await ProposeAsync());
        await ExpectAsync(HttpStatusCode.BadRequest, QualityManager.PostAsJsonAsync($"{Api}/measures", new { title = "Zonder soort" },
            ApiJson.Options));
        await ExpectAsync(HttpStatusCode.NotFound, QualityManager.PostAsJsonAsync($"{Api}/measures",
            new { recommendationId = Guid.NewGuid() }, ApiJson.Options));
        var second = await GetMeasureAsync(await ProposeAsync());
        Clock.Set(new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero));
        var nextYear = await GetMeasureAsync(await ProposeAsync());

        Assert.Equal("PM-2026-001", first.GetProperty("reference").GetString());
        Assert.Equal("PM-2026-002", second.GetProperty("reference").GetString());
        Assert.Equal("PM-2027-001", nextYear.GetProperty("reference").GetString());
    }

    [Fact]
    public async Task A_step_out_of_order_is_a_409_with_its_code()
    {
        var proposed = await ProposeAsync();
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "measure_not_approved", QualityManager.PostAsJsonAsync(Measure(proposed,
            "/start"), new { owner = OwnerName, dueOn = "2026-04-30", reviewOn = "2026-10-31" }, ApiJson.Options));
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "measure_not_completed", QualityManager.PostAsJsonAsync(Measure(proposed,
            "/effectiveness-review"), new { effectiveness = "Effective", notes = "x" }, ApiJson.Options));
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "measure_not_ineffective", QualityManager.PostAsJsonAsync(Measure(proposed,
            "/follow-up"), new { }, ApiJson.Options));

        var started = await InProgressAsync();
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "measure_not_proposed", Management.PostAsJsonAsync(Measure(started, "/decision"),
            new { decision = "Rejected", reasoning = "Toch niet." }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, OwnerClient.PostAsJsonAsync(Measure(started, "/completion"), new { result = "Gedaan." },
            ApiJson.Options));
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "measure_not_in_progress", OwnerClient.PostAsJsonAsync(Measure(started,
            "/progress"), new { note = "Nog iets." }, ApiJson.Options));
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "review_not_due", QualityManager.PostAsJsonAsync(Measure(started,
            "/effectiveness-review"), new { effectiveness = "Effective", notes = "Te vroeg." }, ApiJson.Options));
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "measure_not_cancellable", Management.PostAsJsonAsync(Measure(started,
            "/cancellation"), new { reason = "Te laat." }, ApiJson.Options));
        Assert.Equal("Completed", (await GetMeasureAsync(started)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_deferred_measure_is_decided_again_and_both_decisions_stay_in_its_history()
    {
        var id = await ProposeAsync();
        await ExpectAsync(HttpStatusCode.OK, Management.PostAsJsonAsync(Measure(id, "/decision"),
            new { decision = "deferred", reasoning = "Eerst de begroting." }, ApiJson.Options));
        Assert.Equal("Deferred", (await GetMeasureAsync(id)).GetProperty("status").GetString());
        await ExpectAsync(HttpStatusCode.OK, Management.PostAsJsonAsync(Measure(id, "/decision"),
            new { decision = "Rejected", reasoning = "Geen budget." }, ApiJson.Options));

        var details = await GetMeasureAsync(id);
        Assert.Equal("Rejected", details.GetProperty("status").GetString());
        Assert.Equal(["Eerst de begroting.", "Geen budget."], details.GetProperty("history").EnumerateArray()
            .Where(h => h.GetProperty("step").GetString() == "Decided").Select(h => h.GetProperty("note").GetString()));
    }

    [Fact]
    public async Task An_approval_names_a_published_yearly_analysis()
    {
        var id = await ProposeAsync();
        var missing = await ExpectAsync(HttpStatusCode.BadRequest, Management.PostAsJsonAsync(Measure(id, "/decision"),
            new { decision = "Approved", reasoning = "Ja." }, ApiJson.Options));
        Assert.True(missing.GetProperty("errors").TryGetProperty("analysisYear", out _));
        Assert.True(missing.GetProperty("errors").TryGetProperty("analysisVersion", out _));

        await ExpectRefusedAsync(HttpStatusCode.UnprocessableEntity, "analysis_not_published", Management.PostAsJsonAsync(Measure(id,
            "/decision"), new { decision = "Approved", reasoning = "Ja.", analysisYear = 2025, analysisVersion = 3 }, ApiJson.Options));
        Assert.Equal("Proposed", (await GetMeasureAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Bad_fields_are_named_together_in_one_400()
    {
        var id = await ApprovedAsync();
        var problem = await ExpectAsync(HttpStatusCode.BadRequest, QualityManager.PostAsJsonAsync(Measure(id, "/start"),
            new { owner = "someone@gmail.com", dueOn = "30-04-2026", reviewOn = "" }, ApiJson.Options));
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("owner", out _));
        Assert.True(errors.TryGetProperty("dueOn", out _));
        Assert.True(errors.TryGetProperty("reviewOn", out _));

        var decision = await ExpectAsync(HttpStatusCode.BadRequest, Management.PostAsJsonAsync(Measure(id, "/decision"),
            new { decision = "Maybe", reasoning = " " }, ApiJson.Options));
        Assert.True(decision.GetProperty("errors").TryGetProperty("decision", out _));
        Assert.True(decision.GetProperty("errors").TryGetProperty("reasoning", out _));
    }

    [Fact]
    public async Task The_dates_of_a_start_follow_the_rules()
    {
        var id = await ApprovedAsync();
        await ExpectRefusedAsync(HttpStatusCode.UnprocessableEntity, "due_date_in_past", QualityManager.PostAsJsonAsync(Measure(id,
            "/start"), new { owner = OwnerName, dueOn = "2026-03-01", reviewOn = "2026-10-31" }, ApiJson.Options));
        await ExpectRefusedAsync(HttpStatusCode.UnprocessableEntity, "review_before_due_date", QualityManager.PostAsJsonAsync(Measure(id,
            "/start"), new { owner = OwnerName, dueOn = "2026-04-30", reviewOn = "2026-04-30" }, ApiJson.Options));
    }

    [Fact]
    public async Task Management_cancels_with_a_reason_and_the_measure_is_kept()
    {
        var id = await InProgressAsync();
        await ExpectAsync(HttpStatusCode.OK, Management.PostAsJsonAsync(Measure(id, "/cancellation"),
            new { reason = "Vervalt door de nieuwe werkwijze." }, ApiJson.Options));
        var details = await GetMeasureAsync(id);
        Assert.Equal("Cancelled", details.GetProperty("status").GetString());
        Assert.Equal("Vervalt door de nieuwe werkwijze.", details.GetProperty("cancellation").GetProperty("reason").GetString());
        Assert.Equal(DirectorName, details.GetProperty("cancellation").GetProperty("cancelledBy").GetString());
    }

    [Fact]
    public async Task A_measure_judged_not_effective_gets_one_follow_up_that_addresses_the_same()
    {
        var id = await InProgressAsync();
        Clock.Set(new DateTimeOffset(2026, 4, 20, 10, 0, 0, TimeSpan.Zero));
        await ExpectAsync(HttpStatusCode.OK, OwnerClient.PostAsJsonAsync(Measure(id, "/completion"), new { result = "Gedaan." },
            ApiJson.Options));
        Clock.Set(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero));
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync(Measure(id, "/effectiveness-review"),
            new { effectiveness = "NotEffective", notes = "Evenveel klachten." }, ApiJson.Options));

        var followUp = await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync(Measure(id, "/follow-up"),
            new { title = "Kosten ook telefonisch uitleggen" }, ApiJson.Options));
        Assert.Equal("PM-2026-002", followUp.GetProperty("reference").GetString());
        var details = await GetMeasureAsync(followUp.GetProperty("id").GetGuid());
        Assert.Equal(id, details.GetProperty("followUpOf").GetGuid());
        Assert.Equal("Proposed", details.GetProperty("status").GetString());
        Assert.Equal(["Financial"], details.GetProperty("addresses").GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(followUp.GetProperty("id").GetGuid(), (await GetMeasureAsync(id)).GetProperty("followUpId").GetGuid());
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "follow_up_exists", QualityManager.PostAsJsonAsync(Measure(id, "/follow-up"),
            new { }, ApiJson.Options));
    }
}
