using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;
using Klachten.Modules.Intake.Application.Abstractions;
using Klachten.Modules.Intake.Contracts;
using Klachten.Modules.Intake.Domain;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Klachten.IntegrationTests.Intake.IntakeApi;

namespace Klachten.IntegrationTests.Intake;

/// <summary>
/// The registration batch writer against PostgreSQL: grouping behind the counter lock, one bad item in a batch, and a counter
/// that another process moved.
/// </summary>
public sealed class RegistrationBatchTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_bad_registration_in_a_batch_fails_alone_and_the_others_commit_with_gap_free_numbers()
    {
        var writer = Services.GetRequiredService<IBatchWriter<ComplaintRegistration, string>>();
        var first = Registration(Guid.NewGuid());

        // Another transaction holds the 2026 counter row: the first registration's batch waits on it, the rest queue up behind.
        await using var holder = await Db.OpenConnectionAsync();
        await using var hold = await holder.BeginTransactionAsync();
        await holder.ExecuteAsync("INSERT INTO intake.reference_counters (year, last_number) VALUES (2026, 0)", transaction: hold);
        var firstWrite = writer.WriteAsync(first, CancellationToken.None);
        await Eventually(async () => await CountAsync(Db,
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%reference_counters%'") == 1,
            "the first batch waits for the counter row");

        var good1 = writer.WriteAsync(Registration(Guid.NewGuid()), CancellationToken.None);
        var duplicate = writer.WriteAsync(Registration(first.Complaint.Id), CancellationToken.None); // same id as the first: cannot be stored
        var good2 = writer.WriteAsync(Registration(Guid.NewGuid()), CancellationToken.None);
        await hold.CommitAsync();

        Assert.Equal(ComplaintReference.Format(2026, 1), await firstWrite);
        var failure = await Assert.ThrowsAsync<PostgresException>(() => duplicate);
        Assert.Equal(PostgresErrorCodes.UniqueViolation, failure.SqlState);
        Assert.Equal([ComplaintReference.Format(2026, 2), ComplaintReference.Format(2026, 3)], await Task.WhenAll(good1, good2));
        Assert.Equal(3, await CountAsync(Db, "SELECT count(*) FROM intake.complaints"));
        Assert.Equal(3, await CountAsync(Db, "SELECT last_number FROM intake.reference_counters WHERE year = 2026"));
        Assert.Equal(3, await CountAsync(Db, "SELECT count(*) FROM audit.audit_trail WHERE action = 'ComplaintRegistered' AND actor = 'anna'"));
        Assert.Equal(3, await CountAsync(Db, "SELECT count(*) FROM intake.correspondence"));
    }

    [Fact]
    public async Task Registrations_of_two_years_in_one_batch_each_get_their_years_next_number_in_queue_order()
    {
        var writer = Services.GetRequiredService<IBatchWriter<ComplaintRegistration, string>>();
        await using var holder = await Db.OpenConnectionAsync();
        await using var hold = await holder.BeginTransactionAsync();
        await holder.ExecuteAsync("INSERT INTO intake.reference_counters (year, last_number) VALUES (2025, 7), (2026, 0)", transaction: hold);
        var blocked = writer.WriteAsync(Registration(Guid.NewGuid()), CancellationToken.None);
        await Eventually(async () => await CountAsync(Db,
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%reference_counters%'") == 1,
            "the first batch waits for the counter rows");

        var writes = new[] { 2026, 2025, 2026, 2025 }.Select(year => writer.WriteAsync(Registration(Guid.NewGuid(), year), CancellationToken.None)).ToList();
        await hold.CommitAsync();

        Assert.Equal(ComplaintReference.Format(2026, 1), await blocked);
        Assert.Equal([ComplaintReference.Format(2026, 2), ComplaintReference.Format(2025, 8), ComplaintReference.Format(2026, 3), ComplaintReference.Format(2025, 9)], await Task.WhenAll(writes));
    }

    [Fact]
    public async Task A_counter_moved_by_another_process_is_noticed_and_the_batch_takes_the_numbers_after_it()
    {
        var writer = Services.GetRequiredService<IBatchWriter<ComplaintRegistration, string>>();
        Assert.Equal(ComplaintReference.Format(2026, 1), await writer.WriteAsync(Registration(Guid.NewGuid()), CancellationToken.None));

        // Another host registered nine complaints of 2026 since: this process still expects the counter at 1.
        await Db.CreateCommand("UPDATE intake.reference_counters SET last_number = 10 WHERE year = 2026").ExecuteNonQueryAsync();
        var references = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => writer.WriteAsync(Registration(Guid.NewGuid()), CancellationToken.None)));

        Assert.Equal([ComplaintReference.Format(2026, 11), ComplaintReference.Format(2026, 12), ComplaintReference.Format(2026, 13)], references.Order());
        Assert.Equal(13, await CountAsync(Db, "SELECT last_number FROM intake.reference_counters WHERE year = 2026"));
        Assert.Equal(4, await CountAsync(Db, "SELECT count(*) FROM intake.complaints"));
    }

    private ComplaintRegistration Registration(Guid id, int year = 2026)
    {
        var receivedOn = new DateOnly(year, 3, 2);
        var letter = new CorrespondenceRecord(Guid.NewGuid(), id, Klachten.Modules.Intake.Domain.CorrespondenceKind.Acknowledgement,
            Klachten.Modules.Intake.Domain.CorrespondenceChannel.Email, "X", "x@example.com",
            Klachten.Modules.Intake.Domain.CorrespondenceStatus.Draft, null, null, Clock.GetUtcNow());
        return new ComplaintRegistration(
            new NewComplaint(id, year, "X", "Other", "x@example.com", null, null, null, null, null, null, "Email", Clock.GetUtcNow(),
                receivedOn, "d", "r", "anna", Clock.GetUtcNow(), receivedOn.AddDays(4), receivedOn.AddDays(14)),
            [letter], new AuditEntry("Intake", "ComplaintRegistered", "Complaint", id.ToString(), Actor: "anna"),
            reference => new ComplaintRegistered(id, reference, Clock.GetUtcNow(), receivedOn, ComplainantType.Other, IntakeChannel.Email,
                null, null, "anna", receivedOn.AddDays(4), receivedOn.AddDays(14)));
    }
}
