using Klachten.BuildingBlocks;
using Klachten.BuildingBlocks.Web;
using Klachten.Host.Endpoints;
using Klachten.Host.Startup;
using Klachten.Modules.Analysis;
using Klachten.Modules.Classification;
using Klachten.Modules.Handling;
using Klachten.Modules.Intake;
using Klachten.Modules.PreventiveAction;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel((context, kestrel) =>
{
    kestrel.AddServerHeader = false;
    context.Configuration.GetSection("Kestrel:Limits").Bind(kestrel.Limits);
});

#if DEVELOPMENT_DATABASE
// In Development without a configured database, start one from the local PostgreSQL binaries (Debug builds only, ADR 0006).
await using var developmentDatabase = await DevelopmentDatabase.ProvideIfMissingAsync(builder);
#endif
var connectionString = builder.Configuration.GetConnectionString("Klachten")
    ?? throw new InvalidOperationException(
        "ConnectionStrings:Klachten is not configured (environment: ConnectionStrings__Klachten). "
        + "Only a Debug build in Development (dotnet run) starts a database by itself.");

builder.Services
    .AddBuildingBlocks(builder.Configuration, connectionString)
    .AddIntakeModule(builder.Configuration)
    .AddClassificationModule(builder.Configuration)
    .AddHandlingModule(builder.Configuration)
    .AddAnalysisModule(builder.Configuration)
    .AddPreventiveActionModule(builder.Configuration);
builder.Services.AddComplaintView();
builder.Services.AddKlachtenSecurity(builder.Configuration, builder.Environment);
builder.Services.AddKlachtenHealthChecks();
builder.Services.AddKlachtenRateLimiting(builder.Configuration);
builder.Services.AddKlachtenCors(builder.Configuration);
builder.Services.AddOpenApi(options =>
{
    options.AddDocumentTransformer<BearerSecurityDocumentTransformer>();
    options.AddDocumentTransformer<ClientInstallationDocumentTransformer>();
    options.AddSchemaTransformer<TextSchemaTransformer>();
    options.AddSchemaTransformer<OneOfSchemaTransformer>();
    options.AddSchemaTransformer<OperationNamesSchemaTransformer>();
    options.AddSchemaTransformer<JsonElementSchemaTransformer>();
    options.AddSchemaTransformer<ProblemDetailsSchemaTransformer>();
    options.AddOperationTransformer<ETagOperationTransformer>();
    options.AddOperationTransformer<WholeNumberRouteValueOperationTransformer>();
    options.AddOperationTransformer<ErrorAnswersOperationTransformer>();
    options.AddOperationTransformer<FileAnswersOperationTransformer>();
    options.AddSchemaTransformer<RequestRequiredFieldsSchemaTransformer>();
});
builder.Services.ConfigureHttpJsonOptions(options =>
{
    // Numbers are numbers: the web defaults also read "12" as 12, and the document would type every number as number-or-text.
    options.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
    options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
    options.SerializerOptions.Converters.Add(new Klachten.BuildingBlocks.Web.RejectedTextConverter());
    options.SerializerOptions.AllowDuplicateProperties = false;
});

var app = builder.Build();

if (!DatabaseStartup.TryMigrate(app))
{
    return 1;
}

app.UseKlachtenSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCors(Cors.PolicyName);
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseUnknownQueryParameterCheck();

app.MapKlachtenHealthChecks();
app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference("/api-reference", options => options
    .WithTitle("Klachten.Modular API")
    .WithOperationTitleSource(OperationTitleSource.Summary)
    .HideClientButton()
    .HideDeveloperTools()
    .DisableAgent()
    .DisableMcp()
    .DisableTelemetry()).AllowAnonymous();
app.MapHangfireDashboardForOperations();

// The API's endpoints, in one group whose bodies are checked by their validators before the endpoint runs (400 without an exception).
var api = app.MapGroup(string.Empty).WithRequestBodyValidation();
api.MapPeopleEndpoints();
api.MapDashboardEndpoints();
api.MapComplaintViewEndpoints();
api.MapIntakeEndpoints();
api.MapClassificationEndpoints();
api.MapHandlingEndpoints();
api.MapCorrespondenceEndpoints();
api.MapAnalysisEndpoints();
api.MapPreventiveActionEndpoints();

StartupBanner.PrintWhenStarted(app, connectionString);
await app.RunAsync();
return 0;

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
