using System.Net;
using System.Net.Http.Json;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.PreventiveAction;

public sealed class TrainingTests(ApiFixture fixture) : PreventiveActionApiTest(fixture)
{
    private static object Session(string heldOn, params string[] participants) =>
        new { topic = "Klantgericht reageren op ontevredenheid", heldOn, trainer = "Bureau Klantcontact", participants };

    private static object Attendance(params (string Participant, bool Attended)[] entries) =>
        new { attendance = entries.Select(e => new { participant = e.Participant, attended = e.Attended }) };

    [Fact]
    public async Task A_training_completes_once_its_sessions_are_held_with_attendance_and_the_year_overview_lists_who_attended()
    {
        var id = await InProgressAsync("Training");
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "training_not_held", OwnerClient.PostAsJsonAsync(Measure(id, "/completion"),
            new { result = "Gegeven." }, ApiJson.Options));

        var first = await ExpectAsync(HttpStatusCode.Created, OwnerClient.PostAsJsonAsync(Measure(id, "/sessions"),
            Session("2026-03-20", "agent.jansen", "agent.smit"), ApiJson.Options));
        var second = await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync(Measure(id, "/sessions"),
            Session("2026-04-03", "agent.smit"), ApiJson.Options));
        var firstId = first.GetProperty("id").GetGuid();
        var secondId = second.GetProperty("id").GetGuid();

        await ExpectRefusedAsync(HttpStatusCode.Conflict, "session_not_yet_held", OwnerClient.PostAsJsonAsync(Measure(id,
            $"/sessions/{firstId}/attendance"), Attendance(("agent.jansen", true), ("agent.smit", false)), ApiJson.Options));
        Clock.Set(new DateTimeOffset(2026, 3, 20, 15, 0, 0, TimeSpan.Zero));
        await ExpectRefusedAsync(HttpStatusCode.UnprocessableEntity, "attendance_incomplete", OwnerClient.PostAsJsonAsync(
            Measure(id, $"/sessions/{firstId}/attendance"), Attendance(("agent.jansen", true)), ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, OwnerClient.PostAsJsonAsync(Measure(id, $"/sessions/{firstId}/attendance"),
            Attendance(("agent.jansen", true), ("agent.smit", false)), ApiJson.Options));
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "attendance_already_recorded", OwnerClient.PostAsJsonAsync(
            Measure(id, $"/sessions/{firstId}/attendance"), Attendance(("agent.jansen", true), ("agent.smit", true)), ApiJson.Options));
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "training_not_held", OwnerClient.PostAsJsonAsync(Measure(id, "/completion"),
            new { result = "Gegeven." }, ApiJson.Options));

        Clock.Set(new DateTimeOffset(2026, 4, 3, 15, 0, 0, TimeSpan.Zero));
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync(Measure(id, $"/sessions/{secondId}/attendance"),
            Attendance(("agent.smit", true)), ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, OwnerClient.PostAsJsonAsync(Measure(id, "/completion"),
            new { result = "Twee sessies gegeven." }, ApiJson.Options));

        var sessions = await ExpectAsync(HttpStatusCode.OK, OwnerClient.GetAsync(Measure(id, "/sessions")));
        Assert.Equal(2, sessions.GetArrayLength());
        Assert.All(sessions.EnumerateArray(), s => Assert.True(s.GetProperty("held").GetBoolean()));
        Assert.False(sessions[0].GetProperty("attendance")[1].GetProperty("attended").GetBoolean());

        var overview = await ExpectAsync(HttpStatusCode.OK, Management.GetAsync($"{Api}/training?year=2026"));
        Assert.Equal([("agent.jansen", "2026-03-20"), ("agent.smit", "2026-04-03")], overview.GetProperty("trained").EnumerateArray()
            .Select(t => (t.GetProperty("participant").GetString(), t.GetProperty("heldOn").GetString())));
        Assert.Equal("PM-2026-001", overview.GetProperty("trained")[0].GetProperty("measureReference").GetString());
        Assert.Empty((await ExpectAsync(HttpStatusCode.OK,
            QualityManager.GetAsync($"{Api}/training?year=2025"))).GetProperty("trained").EnumerateArray());

        var own = await ExpectAsync(HttpStatusCode.OK, CreateClient("agent.smit", Roles.Employee).GetAsync($"{Api}/training?year=2026"));
        Assert.Equal(["agent.smit"], own.GetProperty("trained").EnumerateArray().Select(t => t.GetProperty("participant").GetString()));
    }

    [Fact]
    public async Task Only_a_training_in_progress_has_sessions_planned_by_its_owner_or_the_quality_manager()
    {
        var preventive = await InProgressAsync();
        await ExpectRefusedAsync(HttpStatusCode.UnprocessableEntity, "measure_not_training",
            QualityManager.PostAsJsonAsync(Measure(preventive, "/sessions"), Session("2026-03-20", "agent.jansen"), ApiJson.Options));

        var training = await InProgressAsync("Training");
        await ExpectAsync(HttpStatusCode.Forbidden, OtherEmployeeClient.PostAsJsonAsync(Measure(training, "/sessions"),
            Session("2026-03-20", "agent.jansen"), ApiJson.Options));
        await ExpectAsync(HttpStatusCode.Forbidden, Management.PostAsJsonAsync(Measure(training, "/sessions"),
            Session("2026-03-20", "agent.jansen"), ApiJson.Options));
        await ExpectAsync(HttpStatusCode.Forbidden, OtherEmployeeClient.GetAsync(Measure(training, "/sessions")));

        var problem = await ExpectAsync(HttpStatusCode.BadRequest, OwnerClient.PostAsJsonAsync(Measure(training, "/sessions"),
            new { topic = "", heldOn = "20-03-2026", trainer = "T", participants = new[] { "agent.jansen", "iemand@gmail.com" } },
            ApiJson.Options));
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("topic", out _));
        Assert.True(errors.TryGetProperty("heldOn", out _));
        Assert.True(errors.TryGetProperty("participants[1]", out _), errors.ToString());
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM preventive_action.training_sessions"));
    }

    [Fact]
    public async Task The_training_overview_needs_a_year() =>
        await ExpectAsync(HttpStatusCode.BadRequest, QualityManager.GetAsync($"{Api}/training"));
}
