using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Hangfire;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Jobs;
using Klachten.BuildingBlocks.Infrastructure.Migrations;
using Klachten.BuildingBlocks.Modules;
using Klachten.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Klachten.IntegrationTests.Foundation;

public sealed class HostTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Live_and_ready_answer_200_when_database_and_job_storage_are_reachable()
    {
        using var client = CreateAnonymousClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("hangfire-storage").GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_OpenAPI_document_and_the_API_reference_page_are_served()
    {
        using var client = CreateAnonymousClient();

        var document = await client.GetAsync("/openapi/v1.json");
        var reference = await client.GetAsync("/api-reference");

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        using var json = JsonDocument.Parse(await document.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _));
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Equal("text/html", reference.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("RegisterComplaintRequest", "channel", "Phone,Email,Letter,WebForm,InPerson")]
    [InlineData("ComplainantRequest", "type", "Debtor,Client,Other")]
    [InlineData("AcknowledgeRequest", "channel", "Email,Letter")]
    [InlineData("DecisionRequest", "outcome", "WellFounded,PartlyWellFounded,Unfounded,SettledByAgreement")]
    public async Task The_OpenAPI_document_lists_the_allowed_values_of_text_fields_that_take_a_name(string schema, string field, string names)
    {
        using var client = CreateAnonymousClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var property = json.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(schema).GetProperty("properties").GetProperty(field);
        Assert.True(property.TryGetProperty("enum", out var values), property.ToString());
        Assert.Equal(names.Split(','), values.EnumerateArray().Select(v => v.GetString()));
    }

    [Theory]
    [InlineData("RegisterComplaintRequest", "channel,complainant,description,receivedAt,requestedOutcome")]
    [InlineData("ComplainantRequest", "name,type")]
    [InlineData("DecisionRequest", "outcome,reasoning")]
    [InlineData("ClassifyRequest", "categories")]
    [InlineData("AssignmentRequest", "")]
    public async Task The_OpenAPI_document_lists_as_required_only_what_the_validators_require(string schema, string required)
    {
        using var client = CreateAnonymousClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var listed = json.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(schema).TryGetProperty("required", out var names)
            ? names.EnumerateArray().Select(n => n.GetString()!).Order(StringComparer.Ordinal).ToArray()
            : [];
        Assert.Equal(required.Split(',', StringSplitOptions.RemoveEmptyEntries), listed);
    }

    [Fact]
    public async Task The_job_dashboard_needs_a_login_and_the_Operations_role()
    {
        using var anonymous = CreateAnonymousClient();
        using var employee = CreateClient("pietersen", Roles.Employee, Roles.QualityManager);
        using var operations = CreateClient("beheer", Roles.Operations);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetAsync("/hangfire")).StatusCode);
        var dashboard = await operations.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("Klachten.Modular jobs", await dashboard.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Tokens_that_are_expired_or_from_another_issuer_are_refused()
    {
        using var client = CreateAnonymousClient();

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            TestTokens.Create("beheer", [Roles.Operations], expires: DateTimeOffset.UtcNow.AddMinutes(-10)));
        var expired = await client.GetAsync("/hangfire");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            TestTokens.Create("beheer", [Roles.Operations], issuer: "someone-else"));
        var foreign = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, foreign.StatusCode);
    }

    [Fact]
    public async Task Signing_keys_are_read_from_configuration_once_and_a_token_signed_with_another_key_is_refused()
    {
        var parameters = Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>()
            .Get(JwtBearerDefaults.AuthenticationScheme).TokenValidationParameters;
        using var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            TestTokens.Create("beheer", [Roles.Operations], signingKey: "another-signing-key-of-thirty-two-bytes-or-more"u8.ToArray()));

        var forged = await client.GetAsync("/hangfire");

        Assert.IsType<SecurityKey[]>(parameters.IssuerSigningKeys);
        Assert.Single(parameters.IssuerSigningKeys);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Fact]
    public async Task An_unknown_route_without_login_is_refused_as_problem_details()
    {
        using var client = CreateAnonymousClient();

        var response = await client.GetAsync("/api/intake/does-not-exist");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Applying_the_migrations_a_second_time_changes_nothing()
    {
        await using var connection = await Db.OpenConnectionAsync();
        var journals = await connection.QueryAsync<string>(
            "SELECT table_schema FROM information_schema.tables WHERE table_name = 'schema_versions' ORDER BY 1");
        async Task<long> AppliedScripts()
        {
            long total = 0;
            foreach (var schema in journals)
            {
                total += await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM {schema}.schema_versions");
            }

            return total;
        }

        var before = await AppliedScripts();
        new DatabaseMigrator(Fixture.ConnectionString, Services.GetRequiredService<ModuleRegistry>(), NullLogger.Instance).Migrate();
        var after = await AppliedScripts();

        Assert.True(before > 0, "the first start applied scripts");
        Assert.Equal(before, after);
        foreach (var module in Services.GetRequiredService<ModuleRegistry>().Modules)
        {
            Assert.Equal(2, await connection.ExecuteScalarAsync<long>(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = @Schema AND table_name IN ('outbox_messages', 'inbox_messages')",
                new { module.Schema }));
        }

        Assert.Equal(1, await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'audit' AND table_name = 'audit_trail'"));
    }

    [Fact]
    public async Task Every_module_deadline_and_letter_job_is_registered_with_Hangfire_on_start()
    {
        var registrar = Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<RecurringJobRegistrar>().SingleOrDefault()
            ?? new RecurringJobRegistrar(Services.GetRequiredService<IServiceScopeFactory>(), Services.GetRequiredService<IRecurringJobManager>());

        await registrar.StartAsync(CancellationToken.None);

        using var connection = Services.GetRequiredService<JobStorage>().GetConnection();
        var registered = Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection).ToDictionary(j => j.Id, j => j.TimeZoneId);
        foreach (var jobId in new[] { "intake-acknowledgement-deadlines", "intake-send-correspondence", "handling-settlement-deadlines", "handling-send-correspondence", "messaging-delivered-cleanup", "personal-data-retention" })
        {
            Assert.True(registered.ContainsKey(jobId), $"{jobId} is on the dashboard");
            Assert.Contains("Amsterdam", registered[jobId]);
        }
    }

    [Fact]
    public void The_AutoMapper_configuration_holds_every_module_profile_and_maps_every_destination_member()
    {
        var configuration = Services.GetRequiredService<AutoMapper.IConfigurationProvider>();
        var profilesWithMaps = AutoMapper.Internal.InternalApi.Internal(configuration).GetAllTypeMaps()
            .Select(map => map.Profile.Name).ToHashSet(StringComparer.Ordinal);
        var moduleProfiles = Services.GetRequiredService<ModuleRegistry>().Modules
            .SelectMany(module => module.ModuleAssembly.GetTypes().Where(type => type.IsSubclassOf(typeof(AutoMapper.Profile))))
            .Select(type => type.FullName!)
            .ToList();

        Assert.Contains("Klachten.Modules.Intake.Application.Mapping.IntakeProfile", moduleProfiles);
        Assert.Contains("Klachten.Modules.Handling.Application.Mapping.HandlingProfile", moduleProfiles);
        Assert.All(moduleProfiles, profile => Assert.Contains(profile, profilesWithMaps));
        configuration.AssertConfigurationIsValid();
    }

    [Fact]
    public async Task A_real_Hangfire_server_runs_a_module_job_through_PostgreSQL_storage()
    {
        var storage = Services.GetRequiredService<JobStorage>();
        var recurringJobs = Services.GetRequiredService<IRecurringJobManager>();
        recurringJobs.AddOrUpdate<RecurringJobRunner>("probe-job", runner => runner.RunAsync("probe-job", CancellationToken.None), Cron.Never());
        recurringJobs.Trigger("probe-job");

        var options = new BackgroundJobServerOptions
        {
            WorkerCount = 1,
            SchedulePollingInterval = TimeSpan.FromMilliseconds(200),
            ServerName = "integration-test",
            Activator = Services.GetRequiredService<JobActivator>(),
        };
        using (new BackgroundJobServer(options, storage))
        {
            await Eventually(async () =>
            {
                await using var connection = await Db.OpenConnectionAsync();
                return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM probe.job_runs WHERE job_id = 'probe-job'") == 1;
            }, "the Hangfire worker ran the probe job", TimeSpan.FromSeconds(30));
        }

        recurringJobs.RemoveIfExists("probe-job");
    }
}
