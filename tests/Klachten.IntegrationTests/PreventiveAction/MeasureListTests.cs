using System.Net;
using System.Net.Http.Json;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.PreventiveAction;

public sealed class MeasureListTests(ApiFixture fixture) : PreventiveActionApiTest(fixture)
{
    [Fact]
    public async Task The_list_filters_by_status_kind_owner_overdue_and_year_and_pages()
    {
        var training = await InProgressAsync("Training", dueOn: "2026-03-10");
        var preventive = await InProgressAsync();
        var proposed = await ProposeAsync("ProcedureChange");
        Clock.Set(new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.Zero));

        async Task<Guid[]> Ids(string query) => (await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync($"{Api}/measures?{query}")))
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToArray();

        Assert.Equal([training], await Ids("overdue=true"));
        Assert.Equal([training], await Ids("kind=training"));
        Assert.Equal([proposed], await Ids("status=PROPOSED"));
        Assert.Equal(new[] { preventive, training }.Order(), (await Ids($"owner={OwnerName}")).Order());
        Assert.Equal(3, (await Ids("year=2026")).Length);
        Assert.Empty(await Ids("year=2025"));

        var page = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync($"{Api}/measures?page=2&pageSize=2"));
        Assert.Equal((2, 2, 3L), (page.GetProperty("page").GetInt32(), page.GetProperty("pageSize").GetInt32(),
            page.GetProperty("totalCount").GetInt64()));
        Assert.Equal([training], page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.True(page.GetProperty("items")[0].GetProperty("overdue").GetBoolean());
        Assert.True((await GetMeasureAsync(training)).GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Every_bad_query_value_is_named_in_one_400()
    {
        var problem = await ExpectAsync(HttpStatusCode.BadRequest,
            QualityManager.GetAsync($"{Api}/measures?status=Done&kind=1&overdue=maybe&year=20x6&page=0&pageSize=500"));
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "status", "kind", "overdue", "year", "page", "pageSize" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} is named");
        }
    }
}
