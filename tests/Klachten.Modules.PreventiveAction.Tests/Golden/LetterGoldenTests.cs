using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Infrastructure.Letters;
using Microsoft.Extensions.Options;

namespace Klachten.Modules.PreventiveAction.Tests.Golden;

/// <summary>One approved text per e-mail of PreventiveAction (see <see cref="GoldenFile"/> to approve a change).</summary>
public sealed class LetterGoldenTests
{
    private static readonly DeadlineMeasure Measure = new(Guid.Empty, "PM-2026-001", "Kosten vooraf uitleggen", "employee.visser",
        new DateOnly(2026, 4, 30), new DateOnly(2026, 10, 31));

    private static readonly DutchLetterTemplates Templates =
        new(Options.Create(new PreventiveActionOptions { OfficeName = "Incassobureau De Vries & Partners" }));

    public static TheoryData<string> Variants() =>
        ["DueReminder", "OverdueNotice-Owner", "OverdueNotice-NoOwner", "ReviewDueReminder", "YearlyPreparationReminder"];

    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_email_is_the_approved_text(string variant)
    {
        var letter = variant switch
        {
            "DueReminder" => Templates.DueReminder(Measure, "E. Visser"),
            "OverdueNotice-Owner" => Templates.OverdueNotice(Measure, "E. Visser"),
            "OverdueNotice-NoOwner" => Templates.OverdueNotice(Measure with { Owner = null }, null),
            "ReviewDueReminder" => Templates.ReviewDueReminder(Measure),
            "YearlyPreparationReminder" => Templates.YearlyPreparationReminder(2026),
            _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, null),
        };

        GoldenFile.Verify(variant, letter.Subject, letter.Body);
    }
}
