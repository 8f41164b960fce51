using System.ComponentModel;
using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Intake.Application.ListComplaints;

/// <summary>
/// The query string as sent (see <see cref="QueryValues"/>): status Registered (not yet acknowledged) or Acknowledged, in any
/// letter case; receivedFrom/receivedTo local dates of receipt yyyy-MM-dd, inclusive; page and pageSize (<see cref="PageRequest"/>).
/// </summary>
internal sealed record ListComplaintsQuery(string? Status, string? ReceivedFrom, string? ReceivedTo, string? Page, string? PageSize)
    : IQuery<PagedList<ComplaintSummaryDto>>, IPagedQuery;

/// <summary>Where a registration stands in Intake: acknowledged in writing or not yet.</summary>
internal enum ComplaintStatus
{
    [Description("Geregistreerd")]
    Registered,
    [Description("Ontvangst bevestigd")]
    Acknowledged,
}
