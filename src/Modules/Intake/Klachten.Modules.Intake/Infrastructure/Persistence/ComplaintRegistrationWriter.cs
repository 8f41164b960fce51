using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Audit;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.BuildingBlocks.Infrastructure.Messaging;
using Klachten.Modules.Intake.Application.Common;
using Npgsql;

namespace Klachten.Modules.Intake.Infrastructure.Persistence;

/// <summary>
/// Writes a batch of registrations in the batch writer's transaction, in two round trips: the numbers for every item (per
/// year, in queue order), then all rows (complaints, correspondence, audit entries, outbox events) in one NpgsqlBatch.
/// The year's counter row stays locked until commit, so references stay gap-free across processes and a rolled-back
/// batch gives its numbers back.
/// </summary>
internal sealed class ComplaintRegistrationWriter(IDbSession session, IAuditBatch audit, IOutboxBatch outbox)
    : IBatchItemWriter<ComplaintRegistration, string>
{
    // Years in ascending order: two processes lock the counter rows of a mixed batch in the same order.
    private const string TakeNumbersSql = """
        INSERT INTO intake.reference_counters AS counter (year, last_number)
        SELECT year, count FROM unnest(@Years::integer[], @Counts::integer[]) AS n(year, count) ORDER BY year
        ON CONFLICT (year) DO UPDATE SET last_number = counter.last_number + excluded.last_number
        RETURNING year, last_number
        """;

    private const string InsertComplaintsSql = """
        INSERT INTO intake.complaints (
            id, reference, reference_year, reference_number, complainant_name, complainant_type, complainant_email, complainant_phone,
            address_street, address_postal_code, address_city, file_number, collection_agent, channel, received_at, received_on,
            description, requested_outcome, registered_by, registered_at, acknowledgement_due_on, settlement_due_on)
        SELECT * FROM unnest($1::uuid[], $2::text[], $3::integer[], $4::integer[], $5::text[], $6::text[], $7::text[], $8::text[],
            $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::timestamptz[], $16::date[],
            $17::text[], $18::text[], $19::text[], $20::timestamptz[], $21::date[], $22::date[])
        """;

    private sealed record Counter(int Year, int LastNumber);

    public async Task<IReadOnlyList<string>> WriteAsync(IReadOnlyList<ComplaintRegistration> items, CancellationToken cancellationToken)
    {
        var numbers = await TakeNumbersAsync(items, cancellationToken);
        var complaints = items.Select(i => i.Complaint).ToList();
        var references = complaints.Select((c, i) => Reference(c.ReferenceYear, numbers[i])).ToList();

        await using var batch = new NpgsqlBatch(session.Connection, session.Transaction);
        batch.BatchCommands.Add(InsertComplaints(complaints, references, numbers));
        var letters = items.SelectMany(i => i.Letters).ToList();
        if (letters.Count > 0)
        {
            batch.BatchCommands.Add(CorrespondenceRepository.InsertCommand(letters));
        }

        batch.BatchCommands.Add(audit.CreateRecordCommand(items.Select(i => i.Audit).ToList()));
        batch.BatchCommands.Add(outbox.CreateEnqueueCommand(items.Select((item, i) => (object)item.RegisteredEvent(references[i])).ToList()));
        await batch.ExecuteNonQueryAsync(cancellationToken);
        return references;
    }

    /// <summary>KL-&lt;year&gt;-&lt;number&gt;, at least six digits.</summary>
    internal static string Reference(int year, int number) => $"KL-{year}-{number:D6}";

    private async Task<int[]> TakeNumbersAsync(IReadOnlyList<ComplaintRegistration> items, CancellationToken cancellationToken)
    {
        var perYear = items.GroupBy(i => i.Complaint.ReferenceYear).Select(g => (Year: g.Key, Count: g.Count())).ToList();
        var counters = (await session.Connection.QueryAsync<Counter>(new CommandDefinition(TakeNumbersSql,
            new { Years = perYear.Select(y => y.Year).ToArray(), Counts = perYear.Select(y => y.Count).ToArray() },
            session.Transaction, cancellationToken: cancellationToken))).ToDictionary(c => c.Year);

        // The year's last number is the batch's last item of that year; the items before it count down, in queue order.
        var next = perYear.ToDictionary(y => y.Year, y => counters[y.Year].LastNumber - y.Count + 1);
        var numbers = new int[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            numbers[i] = next[items[i].Complaint.ReferenceYear]++;
        }

        return numbers;
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
        return command;
    }
}
