using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Intake.Contracts;

namespace Klachten.Modules.Analysis.Application.ListRegister;

/// <summary>
/// The register of handled (closed) complaints, the collected forms, as sent: from/to dates of receipt (yyyy-MM-dd,
/// inclusive), category and rootCause codes, outcome (a DecisionOutcome name), inTime (the decision letter within the
/// settlement term: true/false); all optional, in any letter case.
/// </summary>
internal interface IRegisterFilter
{
    string? From { get; }
    string? To { get; }
    string? Category { get; }
    string? RootCause { get; }
    string? Outcome { get; }
    string? InTime { get; }
}

internal sealed record ListRegisterQuery(string? From, string? To, string? Category, string? RootCause, string? Outcome, string? InTime,
    string? Page, string? PageSize) : IQuery<PagedList<RegisterRowDto>>, IRegisterFilter, IPagedQuery;

/// <summary>The whole register for the filter as CSV (Dutch headers, semicolons, UTF-8 with BOM, as Dutch spreadsheets open it).</summary>
internal sealed record ExportRegisterQuery(string? From, string? To, string? Category, string? RootCause, string? Outcome, string? InTime)
    : IQuery<byte[]>, IRegisterFilter;

/// <summary>One collected form: no complainant name, address, e-mail or words.</summary>
internal sealed record RegisterRowDto(
    string Reference,
    DateOnly ReceivedOn,
    [property: OneOf(typeof(IntakeChannel))] string Channel,
    [property: OneOf(typeof(ComplainantType))] string ComplainantType,
    string? CollectionAgent,
    IReadOnlyList<string> Categories,
    string? RootCause,
    DateOnly AcknowledgementDueOn,
    DateOnly? AcknowledgedOn,
    bool? AcknowledgedInTime,
    string? Officer,
    DecisionOutcome? Outcome,
    DateOnly? SettlementDueOn,
    bool TermExtended,
    DateOnly? DecisionLetterSentOn,
    bool? DecidedInTime,
    int? DaysToDecision,
    DateOnly? ReferralSubmittedOn,
    ReferralOutcome? ReferralOutcome,
    DateOnly? ReferralDecidedOn,
    DateOnly ClosedOn,
    bool? ComplainantSatisfied);
