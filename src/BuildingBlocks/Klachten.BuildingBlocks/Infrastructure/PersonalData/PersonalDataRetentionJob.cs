using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Klachten.BuildingBlocks.Infrastructure.PersonalData;

/// <summary>
/// Every night: each module's <see cref="IPersonalDataEraser"/> anonymises the complaints whose retention period after
/// closing ended (AVG), a round of at most <see cref="RoundSize"/> per transaction, with one audit entry per complaint.
/// </summary>
internal sealed class PersonalDataRetentionJob(IServiceScopeFactory scopeFactory, IOptions<PersonalDataOptions> options, TimeProvider timeProvider)
    : IRecurringJob
{
    public const int RoundSize = 200;

    public string JobId => "personal-data-retention";

    public string Cron => "40 2 * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        int erasers;
        await using (var scope = scopeFactory.CreateAsyncScope())
        {
            erasers = scope.ServiceProvider.GetServices<IPersonalDataEraser>().Count();
        }

        // Each round in a scope of its own: its own unit of work, and the eraser of that scope.
        for (var index = 0; index < erasers; index++)
        {
            while (await AnonymiseRoundAsync(index, cancellationToken) == RoundSize)
            {
            }
        }
    }

    private async Task<int> AnonymiseRoundAsync(int eraserIndex, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var eraser = scope.ServiceProvider.GetServices<IPersonalDataEraser>().ElementAt(eraserIndex);
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var audit = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
        var now = timeProvider.GetUtcNow();
        await unitOfWork.BeginAsync(cancellationToken);
        try
        {
            var anonymised = await eraser.AnonymiseClosedBeforeAsync(options.Value.ClosedBefore(now), now, RoundSize, cancellationToken);
            if (anonymised.Count > 0)
            {
                await audit.RecordAsync(anonymised.Select(id => new AuditEntry(eraser.Module, "PersonalDataAnonymised", "Complaint", id.ToString(),
                    new { options.Value.RetainMonthsAfterClosing })).ToList(), cancellationToken);
            }

            await unitOfWork.CommitAsync(cancellationToken);
            return anonymised.Count;
        }
        catch
        {
            await unitOfWork.RollbackAsync();
            throw;
        }
    }
}
