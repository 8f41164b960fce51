using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Intake.Application.ListComplaints;

/// <summary>
/// The query string as sent (see <see cref="QueryValues"/>): status Registered (not yet acknowledged) or Acknowledged;
/// receivedFrom/receivedTo local dates of receipt yyyy-MM-dd, inclusive; page from 1, pageSize 1–200 (20).
/// </summary>
internal sealed record ListComplaintsQuery(string? Status, string? ReceivedFrom, string? ReceivedTo, string? Page, string? PageSize)
    : IQuery<ComplaintPage>
{
    public const int MaxPage = 1_000_000;
    public const int MaxPageSize = 200;

    public int PageNumber => QueryValues.WholeNumber(Page, 1);

    public int PageSizeNumber => QueryValues.WholeNumber(PageSize, 20);
}
