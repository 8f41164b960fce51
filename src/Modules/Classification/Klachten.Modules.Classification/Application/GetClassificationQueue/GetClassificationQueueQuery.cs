using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Classification.Application.GetClassificationQueue;

/// <summary>The query string as sent (see <see cref="QueryValues"/>): page and pageSize (<see cref="PageRequest"/>).</summary>
internal sealed record GetClassificationQueueQuery(string? Page, string? PageSize) : IQuery<PagedList<QueuedComplaintDto>>, IPagedQuery;
