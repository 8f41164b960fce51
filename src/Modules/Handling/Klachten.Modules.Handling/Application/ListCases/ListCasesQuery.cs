using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Domain;

namespace Klachten.Modules.Handling.Application.ListCases;

/// <summary>
/// The query string as sent (see <see cref="QueryValues"/>): status a <see cref="CaseStatus"/> name in any case ("open" is Open);
/// officer a user name; overdue true or false; page from 1 to 1,000,000, pageSize 1–200 (50).
/// </summary>
internal sealed record ListCasesQuery(string? Status, string? Officer, string? Overdue, string? Page, string? PageSize) : IQuery<CasePageDto>
{
    public const int MaxPage = 1_000_000;
    public const int MaxPageSize = 200;

    public int PageNumber => QueryValues.WholeNumber(Page, 1);

    public int PageSizeNumber => QueryValues.WholeNumber(PageSize, 50);

    public bool? OverdueValue => QueryValues.Boolean(Overdue);

    public string? OfficerValue => string.IsNullOrWhiteSpace(Officer) ? null : Officer.Trim();

    /// <summary>The status as stored (its canonical name), or null when absent.</summary>
    public CaseStatus? StatusValue => string.IsNullOrWhiteSpace(Status) ? null : ParseStatus(Status);

    public static bool IsStatus(string? value) => string.IsNullOrWhiteSpace(value) || TryParseStatus(value, out _);

    private static CaseStatus ParseStatus(string value) =>
        TryParseStatus(value, out var status) ? status : throw new FormatException($"'{value}' is not a case status.");

    // Names only: Enum.TryParse would also take "1" or "Open,Closed".
    private static bool TryParseStatus(string value, out CaseStatus status)
    {
        foreach (var candidate in Enum.GetValues<CaseStatus>())
        {
            if (string.Equals(candidate.ToString(), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }
}
