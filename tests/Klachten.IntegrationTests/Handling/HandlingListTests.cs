using System.Net;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Handling;

public sealed class HandlingListTests(ApiFixture fixture) : HandlingApiTest(fixture)
{
    private const string List = "/api/handling/cases";

    [Fact]
    public async Task Bad_list_query_values_are_named_together_in_one_400()
    {
        var response = await QualityManager.GetAsync($"{List}?page=abc&overdue=maybe&status=x&pageSize=0");

        var problem = await ExpectAsync(HttpStatusCode.BadRequest, Task.FromResult(response));
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "status", "overdue", "page", "pageSize" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} is not named in {errors}");
        }

        Assert.Contains("Open", errors.GetProperty("status")[0].GetString());
    }

    [Fact]
    public async Task A_status_filter_is_matched_in_any_letter_case()
    {
        var unassigned = await RegisterAsync();
        await RegisterAndAssignAsync();

        foreach (var status in new[] { "Open", "open", "OPEN" })
        {
            var page = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync($"{List}?status={status}"));
            Assert.Equal(unassigned, Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("complaintId").GetGuid());
            Assert.Equal(1, page.GetProperty("totalCount").GetInt64());
        }

        var overdue = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync($"{List}?overdue=false&status=assigned"));
        Assert.Equal("Assigned", Assert.Single(overdue.GetProperty("items").EnumerateArray()).GetProperty("status").GetString());
        await ExpectAsync(HttpStatusCode.BadRequest, QualityManager.GetAsync($"{List}?status=1"));
    }

    [Fact]
    public async Task The_highest_page_number_is_an_empty_page_and_a_higher_one_is_400_not_an_overflow()
    {
        await RegisterAsync();

        var far = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync($"{List}?page=1000000&pageSize=200"));
        Assert.Equal(0, far.GetProperty("items").GetArrayLength());
        Assert.Equal(1, far.GetProperty("totalCount").GetInt64());
        Assert.Equal(1_000_000, far.GetProperty("page").GetInt32());

        foreach (var page in new[] { "1000001", "2147483647", "99999999999" })
        {
            var beyond = await ExpectAsync(HttpStatusCode.BadRequest, QualityManager.GetAsync($"{List}?page={page}&pageSize=200"));
            Assert.True(beyond.GetProperty("errors").TryGetProperty("page", out _), $"page {page}: {beyond}");
        }
    }
}
