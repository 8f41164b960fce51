using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Audit;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.BuildingBlocks.Infrastructure.Messaging;
using Klachten.Modules.Intake.Application.Abstractions;
using Klachten.Modules.Intake.Domain;
using Klachten.Modules.Intake.Infrastructure.Correspondence;
using Npgsql;

namespace Klachten.Modules.Intake.Infrastructure.Persistence;

/// <summary>
/// Writes a batch of registrations in the batch writer's transaction, in one round trip. The numbers are the ones this process
/// expects to be next (<see cref="ExpectedReferenceCounters"/>). One NpgsqlBatch carries, first, the counter guard, which
/// moves each year's counter on only if it stood where it was expected and keeps its row locked until commit, and then all
/// rows (complaints, correspondence, audit entries, outbox events). References stay gap-free across processes, and a
/// rolled-back batch gives its numbers back. The guard goes first so that a batch with stale numbers stops before it inserts
/// a reference that another process's transaction is inserting too. When a counter moved (another process, a rolled-back
/// commit) the batch is written again, and then the counters are read and locked first.
/// </summary>
internal sealed class ComplaintRegistrationWriter(
    IDbSession session, IUnitOfWork unitOfWork, IAuditBatch audit, IOutboxBatch outbox, ExpectedReferenceCounters expected,
    ICorrespondenceDispatch dispatch)
    : IBatchItemWriter<ComplaintRegistration, string>
{
    private const string CounterMovedSqlState = "KLR01";

    // Ascending years: the same lock order as the guard's.
    private const string LockCountersSql = """
        SELECT year, last_number FROM intake.reference_counters WHERE year = ANY(@Years) ORDER BY year FOR UPDATE
        """;

    private const string GuardSql = "SELECT intake.advance_reference_counters($1, $2, $3)";

    private const string InsertComplaintsSql = """
        INSERT INTO intake.complaints (
            id, reference, reference_year, reference_number, complainant_name, complainant_type, complainant_email, complainant_phone,
            address_street, address_postal_code, address_city, file_number, collection_agent, channel, received_at, received_on,
            description, requested_outcome, registered_by, registered_at, acknowledgement_due_on, settlement_due_on,
            complainant_salutation, contact_person_name, contact_person_salutation)
        SELECT * FROM unnest($1::uuid[], $2::text[], $3::integer[], $4::integer[], $5::text[], $6::text[], $7::text[], $8::text[],
            $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::timestamptz[], $16::date[],
            $17::text[], $18::text[], $19::text[], $20::timestamptz[], $21::date[], $22::date[],
            $23::text[], $24::text[], $25::text[])
        """;

    private sealed record Counter(int Year, int LastNumber);

    public async Task<IReadOnlyList<string>> WriteAsync(IReadOnlyList<ComplaintRegistration> items, CancellationToken cancellationToken)
    {
        var perYear = items.GroupBy(i => i.Complaint.ReferenceYear).Select(g => (Year: g.Key, Count: g.Count())).OrderBy(y => y.Year).ToList();
        var years = perYear.Select(y => y.Year).ToArray();
        var lastNumbers = expected.TryGet(years) ?? await LockCountersAsync(years, cancellationToken);
        var numbers = Number(items, lastNumbers);
        var complaints = items.Select(i => i.Complaint).ToList();
        var references = complaints.Select((c, i) => ComplaintReference.Format(c.ReferenceYear, numbers[i])).ToList();

        await using var batch = new NpgsqlBatch(session.Connection, session.Transaction);
        batch.BatchCommands.Add(Guard(perYear, lastNumbers));
        batch.BatchCommands.Add(InsertComplaints(complaints, references, numbers));
        var letters = items.SelectMany(i => i.Letters).ToList();
        if (letters.Count > 0)
        {
            batch.BatchCommands.Add(CorrespondenceRepository.InsertCommand(letters));
        }

        batch.BatchCommands.Add(audit.CreateRecordCommand(items.Select(i => i.Audit).ToList()));
        batch.BatchCommands.Add(outbox.CreateEnqueueCommand(items.Select((item, i) => (object)item.RegisteredEvent(references[i])).ToList()));
        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == CounterMovedSqlState)
        {
            expected.Forget(years);
            throw new BatchWriteConflictException("A reference counter moved after it was read; the batch is numbered again.", exception);
        }

        if (letters.Any(l => l.Status == CorrespondenceStatus.Pending))
        {
            // The registration's unit of work is this batch's: its notifications go once the batch has committed, in the
            // background, so that registering does not wait for the mail server.
            unitOfWork.AfterCommit(_ =>
            {
                dispatch.DeliverSoon();
                return Task.CompletedTask;
            });
        }

        // Should the commit fail after all, the next guard finds the counters elsewhere and the batch after it reads them.
        expected.Set(perYear.Select(y => (y.Year, lastNumbers[y.Year] + y.Count)));
        return references;
    }

    private async Task<IReadOnlyDictionary<int, int>> LockCountersAsync(int[] years, CancellationToken cancellationToken)
    {
        var counters = await session.Connection.QueryAsync<Counter>(new CommandDefinition(LockCountersSql, new { Years = years },
            session.Transaction, cancellationToken: cancellationToken));
        var lastNumbers = years.ToDictionary(year => year, _ => 0); // a year without a counter row starts at 0; the guard inserts it
        foreach (var counter in counters)
        {
            lastNumbers[counter.Year] = counter.LastNumber;
        }

        return lastNumbers;
    }

    /// <summary>Each year's items take the numbers after the year's last number, in queue order.</summary>
    private static int[] Number(IReadOnlyList<ComplaintRegistration> items, IReadOnlyDictionary<int, int> lastNumbers)
    {
        var next = lastNumbers.ToDictionary(y => y.Key, y => y.Value + 1);
        var numbers = new int[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            numbers[i] = next[items[i].Complaint.ReferenceYear]++;
        }

        return numbers;
    }

    private static NpgsqlBatchCommand Guard(List<(int Year, int Count)> perYear, IReadOnlyDictionary<int, int> lastNumbers)
    {
        var command = new NpgsqlBatchCommand(GuardSql);
        command.Parameters.Add(new NpgsqlParameter { Value = perYear.Select(y => y.Year).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = perYear.Select(y => lastNumbers[y.Year]).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = perYear.Select(y => y.Count).ToArray() });
        return command;
    }

    private static NpgsqlBatchCommand InsertComplaints(List<NewComplaint> c, List<string> references, int[] numbers)
    {
        var command = new NpgsqlBatchCommand(InsertComplaintsSql);
        void Add<T>(IEnumerable<T> values) => command.Parameters.Add(new NpgsqlParameter { Value = values.ToArray() });
        Add(c.Select(x => x.Id));
        Add(references);
        Add(c.Select(x => x.ReferenceYear));
        Add(numbers);
        Add(c.Select(x => x.ComplainantName));
        Add(c.Select(x => x.ComplainantType));
        Add(c.Select(x => x.ComplainantEmail));
        Add(c.Select(x => x.ComplainantPhone));
        Add(c.Select(x => x.AddressStreet));
        Add(c.Select(x => x.AddressPostalCode));
        Add(c.Select(x => x.AddressCity));
        Add(c.Select(x => x.FileNumber));
        Add(c.Select(x => x.CollectionAgent));
        Add(c.Select(x => x.Channel));
        Add(c.Select(x => x.ReceivedAt.UtcDateTime));
        Add(c.Select(x => x.ReceivedOn));
        Add(c.Select(x => x.Description));
        Add(c.Select(x => x.RequestedOutcome));
        Add(c.Select(x => x.RegisteredBy));
        Add(c.Select(x => x.RegisteredAt.UtcDateTime));
        Add(c.Select(x => x.AcknowledgementDueOn));
        Add(c.Select(x => x.SettlementDueOn));
        Add(c.Select(x => x.ComplainantSalutation));
        Add(c.Select(x => x.ContactPersonName));
        Add(c.Select(x => x.ContactPersonSalutation));
        return command;
    }
}
