namespace Klachten.Modules.Handling.Application.ListCases;

internal sealed record CaseSummaryDto
{
    public Guid ComplaintId { get; init; }
    public string Reference { get; init; } = "";
    public string Status { get; init; } = "";
    public string? Officer { get; init; }
    public DateOnly SettlementDueOn { get; init; }
    public bool Overdue { get; init; }
    public bool Extended { get; init; }
    public string? DecisionOutcome { get; init; }
    public bool? DecidedInTime { get; init; }
}
