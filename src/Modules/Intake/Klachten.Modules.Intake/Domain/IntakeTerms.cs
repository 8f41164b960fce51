using Klachten.BuildingBlocks.Calendar;

namespace Klachten.Modules.Intake.Domain;

/// <summary>The lengths of the procedure's terms (settings; the complaints regulation's values are the defaults).</summary>
internal sealed record IntakeTerms(int AcknowledgementWorkingDays, int SettlementDays, bool SettlementMovesToNextWorkingDay)
{
    public static IntakeTerms Default { get; } = new(4, 14, true);
}

/// <summary>The dates a complaint's deadlines fall on, fixed at registration from the local (Amsterdam) date of receipt.</summary>
internal sealed record ComplaintDeadlines(DateOnly ReceivedOn, DateOnly AcknowledgementDueOn, DateOnly SettlementDueOn)
{
    public static ComplaintDeadlines For(DateTimeOffset receivedAt, IntakeTerms terms, IWorkingDayCalendar calendar)
    {
        var receivedOn = AmsterdamTime.LocalDate(receivedAt);
        return new ComplaintDeadlines(
            receivedOn,
            calendar.AddWorkingDays(receivedOn, terms.AcknowledgementWorkingDays),
            calendar.AddCalendarDays(receivedOn, terms.SettlementDays, terms.SettlementMovesToNextWorkingDay));
    }
}
