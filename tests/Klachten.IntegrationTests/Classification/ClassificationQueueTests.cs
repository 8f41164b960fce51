using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Classification;

public sealed class ClassificationQueueTests(ApiFixture fixture) : ClassificationTestBase(fixture)
{
    private async Task<JsonElement> QueueAsync(HttpClient client, string query = "")
    {
        var response = await client.GetAsync($"/api/classification/queue{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await JsonAsync(response);
    }

    [Fact]
    public async Task A_complaint_registered_through_the_Intake_API_shows_up_in_the_queue_without_its_text()
    {
        var employee = CreateClient("baliemedewerker", Roles.Employee);
        var registration = await employee.PostAsJsonAsync("/api/intake/complaints", new
        {
            complainant = new
            {
                name = "J. de Vries",
                type = "Debtor",
                email = "j.devries@example.nl",
                phone = "0201234567",
                address = new { street = "Kerkstraat 1", postalCode = "1011 AB", city = "Amsterdam" },
            },
            fileNumber = "D-2026-0042",
            collectionAgent = "agent.jansen",
            channel = "Email",
            receivedAt = Clock.GetUtcNow().AddHours(-2),
            description = "De incassomedewerker was onbeleefd aan de telefoon.",
            requestedOutcome = "Excuses en een correcte afhandeling.",
        }, ApiJson.Options);
        Assert.Equal(HttpStatusCode.Created, registration.StatusCode);
        var registered = await JsonAsync(registration);
        var complaintId = registered.GetProperty("id").GetGuid();
        var reference = registered.GetProperty("reference").GetString();

        var qualityManager = QualityManager();
        JsonElement entry = default;
        await Eventually(async () =>
        {
            var queue = await QueueAsync(qualityManager);
            entry = queue.GetProperty("items").EnumerateArray().FirstOrDefault(i => i.GetProperty("complaintId").GetGuid() == complaintId);
            return entry.ValueKind == JsonValueKind.Object;
        }, "the ComplaintRegistered event has reached the classification queue");

        Assert.Equal(reference, entry.GetProperty("reference").GetString());
        Assert.Equal(Clock.GetUtcNow().AddHours(-2), entry.GetProperty("receivedAt").GetDateTimeOffset());
        Assert.Equal("2026-03-02", entry.GetProperty("receivedOn").GetString());
        Assert.False(entry.TryGetProperty("description", out _));
        Assert.DoesNotContain("onbeleefd", entry.GetRawText());
        Assert.DoesNotContain("Vries", entry.GetRawText());
    }

    [Fact]
    public async Task The_queue_lists_unclassified_complaints_oldest_first_in_pages_and_drops_classified_ones()
    {
        var start = Clock.GetUtcNow().AddDays(-3);
        var newest = await QueuedComplaintAsync("KL-2026-000003", start.AddDays(2));
        var oldest = await QueuedComplaintAsync("KL-2026-000001", start);
        var middle = await QueuedComplaintAsync("KL-2026-000002", start.AddDays(1));
        var client = QualityManager();

        var first = await QueueAsync(client, "?page=1&pageSize=2");
        Assert.Equal(3, first.GetProperty("totalCount").GetInt64());
        Assert.Equal([oldest, middle], first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("complaintId").GetGuid()));
        var second = await QueueAsync(client, "?page=2&pageSize=2");
        Assert.Equal([newest], second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("complaintId").GetGuid()));

        Assert.Equal(HttpStatusCode.OK, (await ClassifyAsync(client, middle, new { categories = new[] { "Conduct" } })).StatusCode);

        var after = await QueueAsync(client);
        Assert.Equal(2, after.GetProperty("totalCount").GetInt64());
        Assert.Equal([oldest, newest], after.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("complaintId").GetGuid()));
    }

    [Fact]
    public async Task A_bad_page_or_page_size_is_refused_naming_the_parameter()
    {
        var errors = await ErrorsAsync(await QualityManager().GetAsync("/api/classification/queue?page=0&pageSize=1000"));
        Assert.Equal(["page", "pageSize"], errors.Keys.Order().ToArray());
    }

    [Fact]
    public async Task Page_and_page_size_that_are_no_numbers_are_both_named_in_one_answer()
    {
        var errors = await ErrorsAsync(await QualityManager().GetAsync("/api/classification/queue?page=abc&pageSize=1.5"));
        Assert.Equal(["page", "pageSize"], errors.Keys.Order().ToArray());
    }

    [Theory]
    [InlineData("2147483647")]
    [InlineData("1000001")]
    [InlineData("99999999999")]
    public async Task A_page_beyond_a_million_is_refused_naming_page(string page)
    {
        var errors = await ErrorsAsync(await QualityManager().GetAsync($"/api/classification/queue?page={page}&pageSize=200"));
        Assert.Equal(["page"], errors.Keys.ToArray());
    }

    [Fact]
    public async Task The_last_allowed_page_answers_empty_with_the_total()
    {
        await QueuedComplaintAsync();

        var queue = await QueueAsync(QualityManager(), "?page=1000000&pageSize=200");

        Assert.Empty(queue.GetProperty("items").EnumerateArray());
        Assert.Equal(1_000_000, queue.GetProperty("page").GetInt32());
        Assert.Equal(200, queue.GetProperty("pageSize").GetInt32());
        Assert.Equal(1, queue.GetProperty("totalCount").GetInt64());
    }

    [Fact]
    public async Task A_redelivered_event_adds_the_complaint_once()
    {
        var registered = Registered("KL-2026-000007", Clock.GetUtcNow().AddHours(-1));
        var messageId = Guid.NewGuid();

        await DeliverAsync(registered, messageId);
        await DeliverAsync(registered, messageId);

        Assert.Equal(1, await CountAsync("SELECT count(*) FROM classification.complaints"));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM audit.audit_trail WHERE action = 'QueuedForClassification'"));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM classification.inbox_messages WHERE message_id = @messageId", new { messageId }));
        var queue = await QueueAsync(QualityManager());
        Assert.Equal(1, queue.GetProperty("totalCount").GetInt64());
    }

    [Fact]
    public async Task The_same_complaint_announced_again_under_a_new_message_id_keeps_its_classification()
    {
        var registered = Registered("KL-2026-000008", Clock.GetUtcNow().AddHours(-1));
        await DeliverAsync(registered);
        var client = QualityManager();
        Assert.Equal(HttpStatusCode.OK, (await ClassifyAsync(client, registered.ComplaintId, new { categories = new[] { "Financial" } })).StatusCode);

        await DeliverAsync(registered);

        Assert.Equal(1, await CountAsync("SELECT count(*) FROM classification.complaints"));
        var classification = await JsonAsync(await client.GetAsync($"/api/classification/complaints/{registered.ComplaintId}"));
        Assert.Equal(["Financial"], Strings(classification.GetProperty("categories")));
        Assert.Equal(0, (await QueueAsync(client)).GetProperty("totalCount").GetInt64());
    }

    [Theory]
    [InlineData(Roles.Employee)]
    [InlineData(Roles.ComplaintsOfficer)]
    [InlineData(Roles.Operations)]
    public async Task The_queue_is_not_for_other_roles(string role) =>
        Assert.Equal(HttpStatusCode.Forbidden, (await CreateClient("iemand", role).GetAsync("/api/classification/queue")).StatusCode);

    [Fact]
    public async Task The_queue_needs_a_login() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await CreateAnonymousClient().GetAsync("/api/classification/queue")).StatusCode);
}
