using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Intake.Application.ListComplaints;

/// <summary>Status: Registered (not yet acknowledged) or Acknowledged. Dates are local dates of receipt, inclusive.</summary>
internal sealed record ListComplaintsQuery(string? Status, DateOnly? ReceivedFrom, DateOnly? ReceivedTo, int Page, int PageSize)
    : IQuery<ComplaintPage>;
