namespace Klachten.Modules.Analysis.Application.Figures;

/// <summary>
/// Every figure of PROCEDURE.md's list for one period. "Received" and everything per group is the cohort of complaints
/// received in the period (followed to today); acknowledged/decided/closed in <see cref="Flows"/> count what happened in the
/// period whenever the complaint came in. Shares are fractions 0..1 (four decimals), null when there is nothing to divide.
/// </summary>
internal sealed record PeriodFiguresDto(
    DateOnly From,
    DateOnly To,
    long Received,
    FlowsDto Flows,
    CategoriesDto Categories,
    IReadOnlyList<ParetoEntryDto> RootCauses,
    long Unclassified,
    IReadOnlyList<CountDto> ComplainantTypes,
    IReadOnlyList<CountDto> Channels,
    IReadOnlyList<ColleagueDto> CollectionAgents,
    IReadOnlyList<ColleagueDto> Officers,
    OutcomesDto Outcomes,
    TermsDto Terms,
    DaysToDecisionDto DaysToDecision,
    ReferralsDto Referrals,
    SatisfactionDto Satisfaction,
    RepeatFilesDto RepeatFiles,
    IReadOnlyList<MonthDto> Months,
    RatesDto? Rates);

internal sealed record FlowsDto(long Acknowledged, long Decided, long Closed, long OpenAtStart, long OpenAtEnd);

/// <param name="MultiCategory">complaints with more than one category (counted in each of them)</param>
internal sealed record CategoriesDto(IReadOnlyList<CategoryDto> Items, long MultiCategory);

internal sealed record CategoryDto(string Code, long Complaints, double? Share, long Upheld);

internal sealed record ParetoEntryDto(string Code, long Complaints, double? Share, double? CumulativeShare);

internal sealed record CountDto(string Key, long Complaints, double? Share);

internal sealed record ColleagueDto(string UserName, long Complaints, long Decided, long Upheld, long DecidedInTime);

internal sealed record OutcomesDto(long Decided, IReadOnlyList<CountDto> Items, long Upheld, double? ShareUpheld);

/// <param name="Settled">acknowledged, or unacknowledged with the breach recorded: those whose term is decided one way or the other</param>
internal sealed record TermDto(long Settled, long InTime, long Late, long NotDoneBreached, double? ShareInTime, long Breaches);

internal sealed record TermsDto(TermDto Acknowledgement, TermDto Settlement, long Extensions);

internal sealed record DaysToDecisionDto(long Count, double? Median, int? Percentile90, int? Maximum);

internal sealed record ReferralsDto(
    long Referred, double? ShareOfDecided, IReadOnlyList<CountDto> Outcomes, long Concluded, long FoundForComplainant,
    double? ShareFoundForComplainant);

internal sealed record SatisfactionDto(long Closed, long Satisfied, double? ShareSatisfied);

internal sealed record RepeatFilesDto(long Files, long Complaints);

/// <param name="Month">yyyy-MM</param>
internal sealed record MonthDto(string Month, long Complaints, double? AcknowledgementShareInTime, double? SettlementShareInTime);

internal sealed record RatesDto(int Files, double? ReceivedPerThousandFiles, double? UpheldPerThousandFiles, double? ReferredPerThousandFiles);

/// <summary>A year beside the previous one, with the trend per month and per category.</summary>
internal sealed record YearFiguresDto(int Year, PeriodFiguresDto Current, PeriodFiguresDto Previous, TrendDto Trend);

internal sealed record TrendDto(string Test, ChangeDto Total, IReadOnlyList<ChangeDto> Months, IReadOnlyList<ChangeDto> Categories);

/// <param name="Key">"total", the month number 1..12, or a category code</param>
/// <param name="RelativeChange">(current − previous) / previous; null when previous is 0</param>
internal sealed record ChangeDto(string Key, long Current, long Previous, long Change, double? RelativeChange, double PValue, bool Significant);
