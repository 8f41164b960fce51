using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.PreventiveAction;

/// <summary>ADR 0018: measures and meetings carry their version as ETag; a step with a stale If-Match is a 412 and changes nothing.</summary>
public sealed class PreventiveActionETagTests(ApiFixture fixture) : PreventiveActionApiTest(fixture)
{
    private const string SecondQualityManagerName = "qm.dekker";

    private HttpClient SecondQualityManager => CreateClient(SecondQualityManagerName, Roles.QualityManager);

    private static string Meeting(Guid id, string step = "") => $"{Api}/meetings/{id}{step}";

    [Fact]
    public async Task A_measure_answers_its_version_as_ETag_on_a_read_and_on_every_step()
    {
        var id = await ApprovedAsync("Training");
        var read = await QualityManager.GetAsync(Measure(id));
        Assert.Equal($"\"{await MeasureVersionAsync(id)}\"", read.Headers.ETag?.Tag);

        var start = await Send(QualityManager, Measure(id, "/start"), new { owner = OwnerName, dueOn = "2026-04-30", reviewOn = "2026-10-31" },
            read.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        Assert.Equal($"\"{await MeasureVersionAsync(id)}\"", start.Headers.ETag?.Tag);
        Assert.NotEqual(read.Headers.ETag.Tag, start.Headers.ETag?.Tag);

        // A session shows in a read of the measure: planning one gives the measure a new version.
        var session = await Send(QualityManager, Measure(id, "/sessions"), new
        {
            topic = "Kosten uitleggen", heldOn = "2026-03-10", trainer = "qm.smit", participants = new[] { OwnerName },
        }, start.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.Created, session.StatusCode);
        Assert.Equal($"\"{await MeasureVersionAsync(id)}\"", session.Headers.ETag?.Tag);
        Assert.NotEqual(start.Headers.ETag.Tag, session.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Two_users_read_a_measure_one_changes_it_and_the_others_change_with_the_old_ETag_is_412_and_changes_nothing()
    {
        var id = await ApprovedAsync();
        var managerRead = (await QualityManager.GetAsync(Measure(id))).Headers.ETag!.Tag;
        var directorRead = (await Management.GetAsync(Measure(id))).Headers.ETag!.Tag;
        Assert.Equal(managerRead, directorRead);

        await ExpectAsync(HttpStatusCode.OK, Send(QualityManager, Measure(id, "/start"),
            new { owner = OwnerName, dueOn = "2026-04-30", reviewOn = "2026-10-31" }, managerRead));
        var before = await MeasureVersionAsync(id);

        await ExpectRefusedAsync(HttpStatusCode.PreconditionFailed, ResourceVersionRules.StaleVersion,
            Send(Management, Measure(id, "/cancellation"), new { reason = "Niet meer nodig." }, directorRead));
        Assert.Equal(before, await MeasureVersionAsync(id));
        Assert.Equal("InProgress", await ScalarAsync<string>("SELECT status FROM preventive_action.measures WHERE id = @id", id));
        Assert.Equal(0, await CountAsync(
            "SELECT count(*) FROM preventive_action.measure_history WHERE measure_id = @id AND step = 'Cancelled'", new { id }));

        // Read again, the same change goes through.
        var fresh = (await Management.GetAsync(Measure(id))).Headers.ETag!.Tag;
        await ExpectAsync(HttpStatusCode.OK, Send(Management, Measure(id, "/cancellation"), new { reason = "Niet meer nodig." }, fresh));
        Assert.Equal("Cancelled", await ScalarAsync<string>("SELECT status FROM preventive_action.measures WHERE id = @id", id));
    }

    [Fact]
    public async Task Two_quality_managers_read_a_meeting_and_the_second_minutes_with_the_old_ETag_are_412_and_change_nothing()
    {
        var meetingId = await PlanMeetingAsync();
        var firstRead = (await QualityManager.GetAsync(Meeting(meetingId))).Headers.ETag!.Tag;
        var secondRead = (await SecondQualityManager.GetAsync(Meeting(meetingId))).Headers.ETag!.Tag;
        Assert.Equal($"\"{await MeetingVersionAsync(meetingId)}\"", firstRead);
        Assert.Equal(firstRead, secondRead);

        var minutes = await Send(QualityManager, Meeting(meetingId, "/minutes"), new { text = "Eerste verslag." }, firstRead);
        Assert.Equal(HttpStatusCode.OK, minutes.StatusCode);
        var before = await MeetingVersionAsync(meetingId);
        Assert.Equal($"\"{before}\"", minutes.Headers.ETag?.Tag);

        await ExpectRefusedAsync(HttpStatusCode.PreconditionFailed, ResourceVersionRules.StaleVersion,
            Send(SecondQualityManager, Meeting(meetingId, "/minutes"), new { text = "Ander verslag." }, secondRead));
        await ExpectRefusedAsync(HttpStatusCode.PreconditionFailed, ResourceVersionRules.StaleVersion,
            Send(SecondQualityManager, Meeting(meetingId, "/closure"), null, secondRead));
        Assert.Equal(before, await MeetingVersionAsync(meetingId));
        Assert.Equal("Eerste verslag.",
            await ScalarAsync<string>("SELECT minutes FROM preventive_action.meetings WHERE id = @id", meetingId));
        Assert.Null(await ScalarAsync<DateTimeOffset?>("SELECT closed_at FROM preventive_action.meetings WHERE id = @id", meetingId));
    }

    [Fact]
    public async Task Steps_without_If_Match_still_work_and_answer_the_new_ETag()
    {
        var id = await InProgressAsync();
        var progress = await OwnerClient.PostAsJsonAsync(Measure(id, "/progress"), new { note = "Conceptbrief klaar." }, ApiJson.Options);
        Assert.Equal(HttpStatusCode.OK, progress.StatusCode);
        Assert.Equal($"\"{await MeasureVersionAsync(id)}\"", progress.Headers.ETag?.Tag);

        var meetingId = await PlanMeetingAsync();
        var minutes = await QualityManager.PostAsJsonAsync(Meeting(meetingId, "/minutes"), new { text = "Verslag." }, ApiJson.Options);
        Assert.Equal(HttpStatusCode.OK, minutes.StatusCode);
        Assert.Equal($"\"{await MeetingVersionAsync(meetingId)}\"", minutes.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task A_decision_in_a_meeting_checks_If_Match_against_the_measure_not_the_meeting()
    {
        await ApprovedAsync(); // publishes the analysis of 2025
        var meetingId = await PlanMeetingAsync();
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync(Meeting(meetingId, "/minutes"), new { text = "Verslag." },
            ApiJson.Options));
        var id = await ProposeAsync();
        var etag = (await Management.GetAsync(Measure(id))).Headers.ETag!.Tag;
        Assert.NotEqual($"\"{await MeetingVersionAsync(meetingId)}\"", etag);

        var decided = await Send(Management, Measure(id, "/decision"), new
        {
            decision = "Approved", reasoning = "Past bij de analyse.", analysisYear = 2025, analysisVersion = 1, meetingId,
        }, etag);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal($"\"{await MeasureVersionAsync(id)}\"", decided.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task A_decision_in_a_meeting_gives_the_meeting_a_new_version_so_a_closure_with_the_ETag_read_before_is_412()
    {
        await ApprovedAsync(); // publishes the analysis of 2025
        var meetingId = await PlanMeetingAsync();
        var id = await ProposeAsync();
        await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync(Meeting(meetingId, "/agenda"),
            new { kind = "MeasureToDecide", measureId = id }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync(Meeting(meetingId, "/minutes"), new { text = "Verslag." },
            ApiJson.Options));
        var beforeDecision = await QualityManager.GetAsync(Meeting(meetingId));
        var qualityManagerRead = beforeDecision.Headers.ETag!.Tag;
        Assert.Empty((await BodyAsync(beforeDecision)).GetProperty("decisions").EnumerateArray());

        await ExpectAsync(HttpStatusCode.OK, Management.PostAsJsonAsync(Measure(id, "/decision"), new
        {
            decision = "Approved", reasoning = "Besproken in het overleg.", analysisYear = 2025, analysisVersion = 1, meetingId,
        }, ApiJson.Options));

        var afterDecision = await QualityManager.GetAsync(Meeting(meetingId));
        Assert.Single((await BodyAsync(afterDecision)).GetProperty("decisions").EnumerateArray());
        Assert.NotEqual(qualityManagerRead, afterDecision.Headers.ETag!.Tag);
        Assert.Equal($"\"{await MeetingVersionAsync(meetingId)}\"", afterDecision.Headers.ETag.Tag);
        var version = await MeetingVersionAsync(meetingId);

        await ExpectRefusedAsync(HttpStatusCode.PreconditionFailed, ResourceVersionRules.StaleVersion,
            Send(QualityManager, Meeting(meetingId, "/closure"), null, qualityManagerRead));
        await ExpectRefusedAsync(HttpStatusCode.PreconditionFailed, ResourceVersionRules.StaleVersion,
            Send(QualityManager, Meeting(meetingId, "/minutes"), new { text = "Ander verslag." }, qualityManagerRead));
        Assert.Equal(version, await MeetingVersionAsync(meetingId));
        Assert.Null(await ScalarAsync<DateTimeOffset?>("SELECT closed_at FROM preventive_action.meetings WHERE id = @id", meetingId));

        await ExpectAsync(HttpStatusCode.OK, Send(QualityManager, Meeting(meetingId, "/closure"), null, afterDecision.Headers.ETag.Tag));
    }

    [Fact]
    public async Task A_step_that_changes_the_status_of_a_measure_on_the_agenda_gives_the_meeting_a_new_version()
    {
        var id = await ApprovedAsync();
        var meetingId = await PlanMeetingAsync();
        await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync(Meeting(meetingId, "/agenda"),
            new { kind = "MeasureToPresent", measureId = id }, ApiJson.Options));
        var read = await QualityManager.GetAsync(Meeting(meetingId));
        Assert.Equal("Approved", (await BodyAsync(read)).GetProperty("agenda")[0].GetProperty("measureStatus").GetString());

        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync(Measure(id, "/start"),
            new { owner = OwnerName, dueOn = "2026-04-30", reviewOn = "2026-10-31" }, ApiJson.Options));
        var reread = await QualityManager.GetAsync(Meeting(meetingId));
        Assert.Equal("InProgress", (await BodyAsync(reread)).GetProperty("agenda")[0].GetProperty("measureStatus").GetString());
        Assert.NotEqual(read.Headers.ETag!.Tag, reread.Headers.ETag!.Tag);
        await ExpectRefusedAsync(HttpStatusCode.PreconditionFailed, ResourceVersionRules.StaleVersion,
            Send(QualityManager, Meeting(meetingId, "/minutes"), new { text = "Verslag." }, read.Headers.ETag.Tag));

        // A note on the measure shows nowhere in the meeting: the meeting keeps its version.
        var version = await MeetingVersionAsync(meetingId);
        await ExpectAsync(HttpStatusCode.OK, OwnerClient.PostAsJsonAsync(Measure(id, "/progress"), new { note = "Conceptbrief klaar." },
            ApiJson.Options));
        Assert.Equal(version, await MeetingVersionAsync(meetingId));
    }

    [Fact]
    public async Task A_measure_decided_again_in_another_meeting_gives_the_first_meeting_a_new_version()
    {
        await ApprovedAsync(); // publishes the analysis of 2025
        var first = await PlanMeetingAsync();
        var second = await PlanMeetingAsync();
        var id = await ProposeAsync();
        await ExpectAsync(HttpStatusCode.OK, Management.PostAsJsonAsync(Measure(id, "/decision"),
            new { decision = "Deferred", reasoning = "Eerst de kosten ramen.", meetingId = first }, ApiJson.Options));
        var read = await QualityManager.GetAsync(Meeting(first));
        Assert.Single((await BodyAsync(read)).GetProperty("decisions").EnumerateArray());

        await ExpectAsync(HttpStatusCode.OK, Management.PostAsJsonAsync(Measure(id, "/decision"), new
        {
            decision = "Approved", reasoning = "De kosten zijn geraamd.", analysisYear = 2025, analysisVersion = 1, meetingId = second,
        }, ApiJson.Options));

        var reread = await QualityManager.GetAsync(Meeting(first));
        Assert.Empty((await BodyAsync(reread)).GetProperty("decisions").EnumerateArray());
        Assert.NotEqual(read.Headers.ETag!.Tag, reread.Headers.ETag!.Tag);
        await ExpectRefusedAsync(HttpStatusCode.PreconditionFailed, ResourceVersionRules.StaleVersion,
            Send(QualityManager, Meeting(first, "/minutes"), new { text = "Verslag." }, read.Headers.ETag.Tag));
    }

    private async Task<Guid> PlanMeetingAsync()
    {
        var created = await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync($"{Api}/meetings", new
        {
            heldOn = "2026-03-20", kind = "Regular", participants = new[] { DirectorName, QualityManagerName },
        }, ApiJson.Options));
        return created.GetProperty("id").GetGuid();
    }

    private Task<int> MeasureVersionAsync(Guid id) => ScalarAsync<int>("SELECT version FROM preventive_action.measures WHERE id = @id", id);

    private Task<int> MeetingVersionAsync(Guid id) => ScalarAsync<int>("SELECT version FROM preventive_action.meetings WHERE id = @id", id);

    private async Task<T> ScalarAsync<T>(string sql, Guid id)
    {
        await using var connection = await Db.OpenConnectionAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, new { id }))!;
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, string url, object? body, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = body is null ? null : JsonContent.Create(body, options: ApiJson.Options),
        };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(ifMatch));
        return client.SendAsync(request);
    }
}
