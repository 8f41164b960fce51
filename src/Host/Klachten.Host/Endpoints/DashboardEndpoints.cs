using System.ComponentModel;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Calendar;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.Classification.Contracts;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Intake.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Klachten.Host.Endpoints;

/// <summary>
/// The counts of a start screen, composed here from each module's public count interface (its Contracts), so that no module
/// reads another's schema. Each count is what the matching work list shows the same user: the quality manager and management
/// count the whole office; an officer their own complaints and cases (and the unassigned cases they may take); an employee the
/// complaints they registered. "This week" is Monday to Sunday in Europe/Amsterdam: due this week is due from today on.
/// </summary>
internal static class DashboardEndpoints
{
    private static readonly string[] Viewers = [Roles.Employee, Roles.ComplaintsOfficer, Roles.QualityManager, Roles.Management];

    public static IEndpointRouteBuilder MapDashboardEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api").WithTags("Staff").RequireAuthorization()
            .MapGet("/dashboard", Dashboard)
            .RequireAuthorization(p => p.RequireRole(Viewers))
            .WithName("GetDashboard")
            .WithSummary("Start screen counts")
            .WithDescription("The counts a start screen shows: open complaints and cases per status, acknowledgements and settlements "
                + "due this week (Monday to Sunday, Europe/Amsterdam; from today on) and overdue, waiting for classification, assigned "
                + "to me, unassigned and registered by me. The quality manager and management count the whole office (scope "
                + "Office); others what their work lists show them (scope Own). A count a role has no list for is null. No complaint "
                + "data: counts only.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return endpoints;
    }

    private static async Task<Ok<DashboardDto>> Dashboard(ICurrentUser user, TimeProvider time, IIntakeCounts intake,
        IHandlingCounts handling, IClassificationCounts classification, CancellationToken cancellationToken)
    {
        var today = AmsterdamTime.LocalDate(time.GetUtcNow());
        var weekEndsOn = today.AddDays((7 - (int)today.DayOfWeek) % 7);
        var office = user.SeesAllComplaints();
        var viewer = office ? null : user.UserName;
        var handles = office || user.IsInRole(Roles.ComplaintsOfficer);

        var complaints = await intake.CountAsync(new IntakeCountRequest(viewer, today, weekEndsOn), cancellationToken);
        var cases = handles
            ? await handling.CountAsync(new HandlingCountRequest(viewer, today, weekEndsOn, user.UserName), cancellationToken)
            : null;
        var waiting = office ? await classification.CountWaitingAsync(cancellationToken) : (int?)null;
        var registeredByMe = office
            ? (await intake.CountAsync(new IntakeCountRequest(user.UserName, today, weekEndsOn), cancellationToken)).RegisteredByViewer
            : complaints.RegisteredByViewer;

        List<StatusCountDto> openPerStatus =
        [
            new(IntakeContracts.ModuleName, "Registered", complaints.Registered),
            new(IntakeContracts.ModuleName, "Acknowledged", complaints.Acknowledged),
            .. cases?.OpenPerStatus.Select(s => new StatusCountDto(HandlingContracts.ModuleName, s.Status, s.Count)) ?? [],
        ];
        return TypedResults.Ok(new DashboardDto(office ? DashboardScope.Office : DashboardScope.Own, today, weekEndsOn, openPerStatus,
            complaints.AcknowledgementDueThisWeek, cases?.SettlementDueThisWeek,
            new OverdueCountsDto(complaints.AcknowledgementOverdue, cases?.SettlementOverdue), waiting, cases?.AssignedToUser,
            cases?.Unassigned, registeredByMe));
    }
}

/// <summary>The start screen's counts; null where the user's roles have no list to show them (e.g. cases for an employee).</summary>
/// <param name="Scope">Office (the whole office) or Own (what the user's work lists show)</param>
/// <param name="Today">the local date the counts were made for</param>
/// <param name="WeekEndsOn">the Sunday ending this week</param>
/// <param name="OpenPerStatus">open (not closed) complaints per Intake status and cases per Handling status</param>
/// <param name="AcknowledgementDueThisWeek">not acknowledged, due from today to the end of the week</param>
/// <param name="SettlementDueThisWeek">no decision letter, the term in force ends from today to the end of the week</param>
/// <param name="Overdue">per term: the due day passed without an acknowledgement or a decision letter</param>
/// <param name="WaitingForClassification">complaints not yet classified (quality manager and management)</param>
/// <param name="AssignedToMe">open cases assigned to the user</param>
/// <param name="Unassigned">open cases without an officer (for an officer: those they may take)</param>
/// <param name="RegisteredByMe">open complaints the user registered</param>
internal sealed record DashboardDto(
    DashboardScope Scope,
    DateOnly Today,
    DateOnly WeekEndsOn,
    IReadOnlyList<StatusCountDto> OpenPerStatus,
    int AcknowledgementDueThisWeek,
    int? SettlementDueThisWeek,
    OverdueCountsDto Overdue,
    int? WaitingForClassification,
    int? AssignedToMe,
    int? Unassigned,
    int RegisteredByMe);

/// <summary>Whose work the counts are: the whole office's, or what the user's own work lists show.</summary>
internal enum DashboardScope
{
    [Description("Het hele kantoor (kwaliteitsmanager en directie)")]
    Office,
    [Description("Eigen werk: wat de werklijsten van de gebruiker tonen")]
    Own,
}

/// <summary>The number of open complaints or cases in one module's status.</summary>
internal sealed record StatusCountDto(
    [property: OneOfRegistered(NameSets.Status, ListsModules = true)] string Module,
    [property: OneOfRegistered(NameSets.Status)] string Status, int Count);

/// <summary>Overdue per term: Acknowledgement (Intake), Settlement (Handling; null without access to cases).</summary>
internal sealed record OverdueCountsDto(int Acknowledgement, int? Settlement);
