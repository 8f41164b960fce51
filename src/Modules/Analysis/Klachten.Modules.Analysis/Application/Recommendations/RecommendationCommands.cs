using System.Globalization;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Analysis.Contracts;

namespace Klachten.Modules.Analysis.Application.Recommendations;

/// <summary>A recommendation on the year's draft; codes as sent (any letter case), spelled as Classification does by the handler.</summary>
internal sealed record AddRecommendationCommand(int Year, string Text, IReadOnlyList<string> Categories, IReadOnlyList<string> RootCauses,
    MeasureKind SuggestedKind) : ICommand<RecommendationDto>;

internal sealed record UpdateRecommendationCommand(int Year, Guid Id, string Text, IReadOnlyList<string> Categories,
    IReadOnlyList<string> RootCauses, MeasureKind SuggestedKind) : ICommand<RecommendationDto>;

internal sealed record WithdrawRecommendationCommand(int Year, Guid Id) : ICommand<RecommendationDto>;

/// <summary>The year's recommendations; answers the draft's version (the sum of theirs) as the list's ETag.</summary>
internal sealed record ListRecommendationsQuery(string? Year) : IQuery<IReadOnlyList<RecommendationDto>>;

/// <summary>One recommendation of the year; answers its version as the ETag.</summary>
internal sealed record GetRecommendationQuery(string? Year, Guid Id) : IQuery<RecommendationDto>;

/// <param name="Version">the recommendation's ETag without its quotes: send it as If-Match ("3") to change or withdraw it</param>
internal sealed record RecommendationDto(
    Guid Id, int Year, string Text, IReadOnlyList<string> Categories, IReadOnlyList<string> RootCauses, MeasureKind SuggestedKind,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? ChangedAt, string? ChangedBy, DateTimeOffset? WithdrawnAt, string? WithdrawnBy,
    int Version);

/// <summary>
/// A recommendation as sent: the year from the route, the body's text, codes and suggestedKind (a MeasureKind name), checked
/// by <see cref="AddRecommendationCommandValidator"/> (the same rules for a change).
/// </summary>
internal sealed record RecommendationRequest(string? Year, string? Text, IReadOnlyList<string>? Categories, IReadOnlyList<string>? RootCauses,
    string? SuggestedKind)
{
    public AddRecommendationCommand ToAddCommand() =>
        new(YearNumber, CleanText.Normalize(Text!.Trim()), Codes(Categories), Codes(RootCauses), EnumNames.Parse<MeasureKind>(SuggestedKind));

    public UpdateRecommendationCommand ToUpdateCommand(Guid id) =>
        new(YearNumber, id, CleanText.Normalize(Text!.Trim()), Codes(Categories), Codes(RootCauses), EnumNames.Parse<MeasureKind>(SuggestedKind));

    private int YearNumber => int.Parse(Year!, CultureInfo.InvariantCulture);

    private static List<string> Codes(IReadOnlyList<string>? codes) => (codes ?? []).Select(c => c.Trim()).ToList();
}

/// <summary>The year from the route, checked by <see cref="WithdrawRecommendationCommandValidator"/>.</summary>
internal sealed record WithdrawRecommendationRequest(string? Year, Guid Id)
{
    public WithdrawRecommendationCommand ToCommand() => new(int.Parse(Year!, CultureInfo.InvariantCulture), Id);
}
