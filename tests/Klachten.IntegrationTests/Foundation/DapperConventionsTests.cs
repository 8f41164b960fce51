using Dapper;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Foundation;

/// <summary>Npgsql takes only UTC for timestamptz; the building blocks' Dapper conventions must convert every instant.</summary>
public sealed class DapperConventionsTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task An_instant_with_a_Dutch_offset_is_written_as_the_same_moment()
    {
        var winter = new DateTimeOffset(2026, 11, 24, 11, 0, 0, TimeSpan.FromHours(1));
        var summer = new DateTimeOffset(2026, 7, 1, 11, 0, 0, TimeSpan.FromHours(2));
        await using var connection = await Db.OpenConnectionAsync();

        var read = await connection.QuerySingleAsync<(DateTimeOffset Winter, DateTimeOffset? Summer)>(
            "SELECT @Winter::timestamptz, @Summer::timestamptz", new { Winter = winter, Summer = (DateTimeOffset?)summer });

        Assert.Equal(winter.UtcDateTime, read.Winter.UtcDateTime);
        Assert.Equal(summer.UtcDateTime, read.Summer!.Value.UtcDateTime);
    }
}
