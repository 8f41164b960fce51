using Klachten.Modules.Classification.Domain;

namespace Klachten.Modules.Classification.Application.Abstractions;

internal sealed record QueueEntry(Guid ComplaintId, string Reference, DateTimeOffset ReceivedAt, DateOnly ReceivedOn);

/// <summary>Classifications in the running transaction (IDbSession).</summary>
internal interface IClassificationRepository
{
    /// <summary>Adds registered complaints to the queue in one statement; returns those that were not there yet.</summary>
    Task<IReadOnlySet<Guid>> AddToQueueAsync(IReadOnlyList<QueueEntry> entries, DateTimeOffset queuedAt, CancellationToken cancellationToken);

    /// <summary>Loads the classification and locks it until the transaction ends; null for an unknown complaint.</summary>
    Task<ComplaintClassification?> GetForUpdateAsync(Guid complaintId, CancellationToken cancellationToken);

    Task SaveAsync(ComplaintClassification classification, ClassificationVersion version, CancellationToken cancellationToken);

    /// <summary>Records who handles the complaint; an assignment older than the one recorded changes nothing (false).</summary>
    Task<bool> SetHandlingOfficerAsync(Guid complaintId, string officer, DateTimeOffset assignedAt, CancellationToken cancellationToken);
}

/// <summary>The categories and root causes lists, in the running transaction.</summary>
internal interface IReferenceListRepository
{
    /// <summary>The whole list, locked against removal until the transaction ends (FOR SHARE).</summary>
    Task<IReadOnlyList<ReferenceEntry>> GetAllForShareAsync(ReferenceList list, CancellationToken cancellationToken);

    /// <summary>Adds an entry; false when a code exists already (case-insensitive).</summary>
    Task<bool> AddAsync(ReferenceList list, string code, string description, string createdBy, DateTimeOffset createdAt, CancellationToken cancellationToken);

    /// <summary>The entry locked for update, or null when unknown (case-insensitive).</summary>
    Task<ReferenceEntry?> GetForUpdateAsync(ReferenceList list, string code, CancellationToken cancellationToken);

    /// <summary>Whether any version of any classification ever used the code.</summary>
    Task<bool> IsInUseAsync(ReferenceList list, string code, CancellationToken cancellationToken);

    Task RemoveAsync(ReferenceList list, string code, CancellationToken cancellationToken);

    Task SetActiveAsync(ReferenceList list, string code, bool active, string changedBy, DateTimeOffset changedAt, CancellationToken cancellationToken);
}
