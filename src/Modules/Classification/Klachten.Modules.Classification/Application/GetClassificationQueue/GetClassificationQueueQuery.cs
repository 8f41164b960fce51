using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Classification.Application.GetClassificationQueue;

/// <summary>
/// The query string as sent (see <see cref="QueryValues"/>): the work-list filters of <see cref="WorkLists"/> that the queue
/// knows (assignedTo "me" or a user, unassigned true or false), the search by reference; page and pageSize (<see cref="PageRequest"/>).
/// </summary>
internal sealed record GetClassificationQueueQuery(
    string? Page, string? PageSize, string? AssignedTo = null, string? Unassigned = null, string? Reference = null)
    : IQuery<PagedList<QueuedComplaintDto>>, IPagedQuery;
