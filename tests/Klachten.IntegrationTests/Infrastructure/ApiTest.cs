using System.Net.Http.Headers;
using Klachten.BuildingBlocks.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Klachten.IntegrationTests.Infrastructure;

/// <summary>Base of every HTTP test: a clean database and the default clock before each test.</summary>
[Collection(ApiCollection.Name)]
public abstract class ApiTest(ApiFixture fixture) : IAsyncLifetime
{
    protected ApiFixture Fixture { get; } = fixture;
    protected TestClock Clock => Fixture.Clock;
    protected NpgsqlDataSource Db => Fixture.Db;
    protected string MailDirectory => Fixture.MailDirectory;
    protected IServiceProvider Services => Fixture.Factory.Services;

    public virtual Task InitializeAsync() => Fixture.ResetAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected HttpClient CreateClient(string userName, params string[] roles)
    {
        var client = Fixture.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(userName, roles));
        return client;
    }

    protected HttpClient CreateAnonymousClient() => Fixture.Factory.CreateClient();

    protected AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    /// <summary>Runs a recurring job once, as Hangfire would, in its own scope.</summary>
    protected async Task RunJobAsync(string jobId)
    {
        await using var scope = CreateScope();
        await scope.ServiceProvider.GetServices<IRecurringJob>().Single(j => j.JobId == jobId).RunAsync(CancellationToken.None);
    }

    /// <summary>Polls until the condition holds (events arrive through the outbox loop within about a second).</summary>
    protected static async Task Eventually(Func<Task<bool>> condition, string because, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting until {because}.");
            }

            await Task.Delay(100);
        }
    }
}
