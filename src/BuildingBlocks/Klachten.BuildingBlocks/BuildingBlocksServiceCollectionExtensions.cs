using Hangfire;
using Hangfire.PostgreSql;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Application.Correspondence;
using Klachten.BuildingBlocks.Calendar;
using Klachten.BuildingBlocks.Infrastructure.Audit;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.BuildingBlocks.Infrastructure.Jobs;
using Klachten.BuildingBlocks.Infrastructure.Mail;
using Klachten.BuildingBlocks.Infrastructure.Messaging;
using Klachten.BuildingBlocks.Infrastructure.PersonalData;
using Klachten.BuildingBlocks.Infrastructure.Staff;
using Klachten.BuildingBlocks.Modules;
using Klachten.BuildingBlocks.Web;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Klachten.BuildingBlocks;

public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Whether this process runs a Hangfire server (workers); the dashboard and storage are always there.</summary>
    public bool ServerEnabled { get; set; } = true;

    public int WorkerCount { get; set; } = 4;
}

public static class BuildingBlocksServiceCollectionExtensions
{
    /// <summary>Everything modules share: data access, CQRS pipeline, outbox delivery, audit, mail, jobs, time.</summary>
    public static IServiceCollection AddBuildingBlocks(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        DapperConventions.Apply();
        services.GetModuleRegistry();
        services.TryAddSingleton<TimeProvider>(new MicrosecondTimeProvider(TimeProvider.System));
        services.AddWorkingDayCalendar(configuration);
        services.AddHttpContextAccessor();
        services.AddNpgsqlDataSource(WithStatementPreparation(connectionString));

        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.AddScoped<IRequestDispatcher, MediatRRequestDispatcher>();
        services.AddScoped<ValidatedRequests>();
        // The first behaviour registered is the outermost: validate before opening a transaction.
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehavior<,>));

        services.AddScoped<UnitOfWork>();
        services.AddScoped<IUnitOfWork>(provider => provider.GetRequiredService<UnitOfWork>());
        services.AddScoped<IDbSession>(provider => provider.GetRequiredService<UnitOfWork>());
        services.AddScoped<Outbox>();
        services.AddScoped<IOutbox>(provider => provider.GetRequiredService<Outbox>());
        services.AddScoped<IOutboxBatch>(provider => provider.GetRequiredService<Outbox>());
        services.AddScoped<AuditTrail>();
        services.AddScoped<IAuditTrail>(provider => provider.GetRequiredService<AuditTrail>());
        services.AddScoped<IAuditBatch>(provider => provider.GetRequiredService<AuditTrail>());
        services.AddOptions<BatchWriterOptions>().Bind(configuration.GetSection(BatchWriterOptions.SectionName));
        services.AddSingleton(typeof(IBatchWriter<,>), typeof(BatchWriter<,>));
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<IResourceVersion, ResourceVersion>();

        services.AddOptions<MessagingOptions>().Bind(configuration.GetSection(MessagingOptions.SectionName));
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxProcessor>();
        services.AddScoped<IRecurringJob, DeliveredMessagesCleanupJob>();
        if (configuration.GetValue(MessagingOptions.SectionName + ":" + nameof(MessagingOptions.DeliveryEnabled), true))
        {
            services.AddHostedService<OutboxDeliveryService>();
        }

        services.AddScoped<IRequestHandler<ListCorrespondenceQuery, IReadOnlyList<FailedCorrespondenceDto>>, ListCorrespondenceQueryHandler>();
        services.AddScoped<IRequestHandler<ResendCorrespondenceCommand, ResentCorrespondenceDto>, ResendCorrespondenceCommandHandler>();
        services.AddSingleton<FluentValidation.IValidator<ListCorrespondenceQuery>, ListCorrespondenceQueryValidator>();
        services.AddOptions<OfficeProfile>().Configure(profile => OfficeProfile.Bind(profile, configuration));
        services.AddSingleton<ILetterPrinter, Documents.LetterPrinter>();
        services.AddOptions<StaffDirectoryOptions>().Bind(configuration.GetSection(StaffDirectoryOptions.SectionName));
        services.AddOptions<PersonalDataOptions>().Bind(configuration.GetSection(PersonalDataOptions.SectionName))
            .Validate(o => o.RetainMonthsAfterClosing >= 1, "PersonalData:RetainMonthsAfterClosing must be at least 1.")
            .ValidateOnStart();
        services.AddScoped<IRecurringJob, PersonalDataRetentionJob>();
        services.AddSingleton<IStaffDirectory, StaffDirectory>();

        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.SectionName));
        if (string.Equals(configuration[$"{MailOptions.SectionName}:{nameof(MailOptions.Delivery)}"], "Smtp", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }
        else
        {
            services.AddSingleton<IEmailSender, PickupDirectoryEmailSender>();
        }

        services.AddAutoMapper(cfg => cfg.LicenseKey = configuration["AutoMapper:LicenseKey"]);

        FluentValidation.ValidatorOptions.Global.LanguageManager = new ValidationMessages();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDetailsDefaults.Complete);
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        AddJobs(services, configuration, connectionString);
        return services;
    }

    /// <summary>
    /// Lets Npgsql prepare the statements a process sends again and again (registration, delivery, the sweeps) unless the
    /// connection string decides otherwise: PostgreSQL then parses and plans each of them once per connection instead of
    /// on every execution, which cut PostgreSQL's CPU per registration by a fifth (bench/intake, ADR 0009).
    /// </summary>
    internal static string WithStatementPreparation(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 50;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }

    private static void AddJobs(IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        var jobs = configuration.GetSection(JobsOptions.SectionName).Get<JobsOptions>() ?? new JobsOptions();
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                storage => storage.UseNpgsqlConnection(connectionString),
                new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true }));
        services.AddTransient<RecurringJobRunner>();
        services.AddSingleton<IJobQueue, HangfireJobQueue>();
        if (jobs.ServerEnabled)
        {
            services.AddHangfireServer(options => options.WorkerCount = jobs.WorkerCount);
            services.AddHostedService<RecurringJobRegistrar>();
        }
    }
}
