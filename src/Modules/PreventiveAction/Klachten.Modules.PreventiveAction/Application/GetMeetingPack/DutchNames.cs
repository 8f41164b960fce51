using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.GetMeetingPack;

/// <summary>How the pack names the module's values for its Dutch readers.</summary>
internal static class DutchNames
{
    public static string Kind(string kind) => Enum.TryParse<MeasureKind>(kind, out var parsed) ? Kind(parsed) : kind;

    public static string Kind(MeasureKind kind) => kind switch
    {
        MeasureKind.Preventive => "Preventief",
        MeasureKind.Corrective => "Correctief",
        MeasureKind.ProcedureChange => "Procedurewijziging",
        MeasureKind.Training => "Training",
        _ => kind.ToString(),
    };

    public static string Status(string status) => Enum.TryParse<MeasureStatus>(status, out var parsed)
        ? parsed switch
        {
            MeasureStatus.Proposed => "Voorgesteld",
            MeasureStatus.Approved => "Goedgekeurd",
            MeasureStatus.Rejected => "Afgewezen",
            MeasureStatus.Deferred => "Uitgesteld",
            MeasureStatus.InProgress => "In uitvoering",
            MeasureStatus.Completed => "Afgerond",
            MeasureStatus.Closed => "Gesloten",
            MeasureStatus.Cancelled => "Geannuleerd",
            _ => status,
        }
        : status;

    public static string Effectiveness(string? effectiveness) => effectiveness switch
    {
        null => "nog niet beoordeeld",
        nameof(Domain.Effectiveness.Effective) => "Effectief",
        nameof(Domain.Effectiveness.PartlyEffective) => "Gedeeltelijk effectief",
        nameof(Domain.Effectiveness.NotEffective) => "Niet effectief",
        _ => effectiveness,
    };

    public static string MeetingKind(string kind) => kind == nameof(Domain.MeetingKind.YearlyComplaints)
        ? "Jaarlijks kantooroverleg over klachten"
        : "Regulier kantooroverleg";
}
