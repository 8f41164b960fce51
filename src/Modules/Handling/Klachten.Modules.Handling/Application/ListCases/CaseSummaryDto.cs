using Klachten.BuildingBlocks.Web;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Handling.Domain;

namespace Klachten.Modules.Handling.Application.ListCases;

/// <summary>A row of the case list: nothing confidential, so that an officer may see the unassigned cases they may take.</summary>
internal sealed record CaseSummaryDto
{
    public Guid ComplaintId { get; init; }
    public string Reference { get; init; } = "";
    [OneOf(typeof(CaseStatus))]
    public string Status { get; init; } = "";
    public string? Officer { get; init; }
    public DateOnly SettlementDueOn { get; init; }
    public bool Overdue { get; init; }
    public bool Extended { get; init; }
    [OneOf(typeof(Domain.DecisionOutcome))]
    public string? DecisionOutcome { get; init; }
    public bool? DecidedInTime { get; init; }

    /// <summary>
    /// The steps the caller may take on the case now, by the same rule as the case's own allowedActions: for an officer,
    /// "assign" on an unassigned case is the "take this case" button (its details open to them once they handle it).
    /// </summary>
    [OneOf(typeof(HandlingActions))]
    public IReadOnlyList<string> AllowedActions { get; init; } = [];
}
