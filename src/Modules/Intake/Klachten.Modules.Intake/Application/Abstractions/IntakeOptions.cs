using Klachten.Modules.Intake.Domain;

namespace Klachten.Modules.Intake.Application.Abstractions;

/// <summary>
/// Configuration section "Intake". Colleagues' addresses come from the staff directory (section "Staff"), the office that signs the
/// letters from the office profile (section "Office").
/// </summary>
internal sealed class IntakeOptions
{
    public const string SectionName = "Intake";

    public int AcknowledgementWorkingDays { get; set; } = 4;
    public int SettlementDays { get; set; } = 14;
    public bool SettlementMovesToNextWorkingDay { get; set; } = true;

    /// <summary>How many working days before the acknowledgement falls due the reminder goes out.</summary>
    public int AcknowledgementReminderWorkingDays { get; set; } = 1;

    /// <summary>A receipt moment further back than this is refused as a likely typing error in the year.</summary>
    public int MaxReceiptAgeDays { get; set; } = 366;

    /// <summary>The office's policy on collection while a complaint about the file is handled, told to the agent.</summary>
    public string CollectionPolicy { get; set; } =
        "De incassowerkzaamheden op dit dossier gaan tijdens de behandeling van de klacht door, tenzij de klachtenfunctionaris met u anders afspreekt.";

    public IntakeTerms Terms => new(AcknowledgementWorkingDays, SettlementDays, SettlementMovesToNextWorkingDay);
}
