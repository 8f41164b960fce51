using System.ComponentModel;
using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Intake.Application.ListComplaints;

/// <summary>
/// The query string as sent (see <see cref="QueryValues"/>): status Registered (not yet acknowledged) or Acknowledged, in any
/// letter case; receivedFrom/receivedTo local dates of receipt yyyy-MM-dd, inclusive; the work-list filters of
/// <see cref="WorkLists"/> (registeredBy, assignedTo "me" or a user; unassigned, acknowledgementBreached true or false;
/// acknowledgementDueBefore a date); the searches reference, fileNumber, collectionAgent, complainantName; page and pageSize
/// (<see cref="PageRequest"/>).
/// </summary>
internal sealed record ListComplaintsQuery(
    string? Status, string? ReceivedFrom, string? ReceivedTo, string? Page, string? PageSize,
    string? RegisteredBy = null, string? AssignedTo = null, string? Unassigned = null, string? AcknowledgementDueBefore = null,
    string? AcknowledgementBreached = null, string? Reference = null, string? FileNumber = null, string? CollectionAgent = null,
    string? ComplainantName = null)
    : IQuery<PagedList<ComplaintSummaryDto>>, IPagedQuery
{
    /// <summary>A search (audited as one, with what was searched) rather than browsing a list.</summary>
    public bool IsSearch => !string.IsNullOrWhiteSpace(Reference) || !string.IsNullOrWhiteSpace(FileNumber)
        || !string.IsNullOrWhiteSpace(CollectionAgent) || !string.IsNullOrWhiteSpace(ComplainantName);
}

/// <summary>Where a registration stands in Intake: acknowledged in writing or not yet.</summary>
internal enum ComplaintStatus
{
    [Description("Geregistreerd")]
    Registered,
    [Description("Ontvangst bevestigd")]
    Acknowledged,
}
