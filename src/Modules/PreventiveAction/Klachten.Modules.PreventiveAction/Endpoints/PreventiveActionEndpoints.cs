using System.ComponentModel;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Application.AddAgendaItem;
using Klachten.Modules.PreventiveAction.Application.CancelMeasure;
using Klachten.Modules.PreventiveAction.Application.CloseMeeting;
using Klachten.Modules.PreventiveAction.Application.CompleteMeasure;
using Klachten.Modules.PreventiveAction.Application.DecideMeasure;
using Klachten.Modules.PreventiveAction.Application.GetMeasure;
using Klachten.Modules.PreventiveAction.Application.GetMeeting;
using Klachten.Modules.PreventiveAction.Application.GetMeetingPack;
using Klachten.Modules.PreventiveAction.Application.GetMyWork;
using Klachten.Modules.PreventiveAction.Application.GetTrainingOverview;
using Klachten.Modules.PreventiveAction.Application.ListMeasures;
using Klachten.Modules.PreventiveAction.Application.ListMeetings;
using Klachten.Modules.PreventiveAction.Application.ListRecommendations;
using Klachten.Modules.PreventiveAction.Application.ListSessions;
using Klachten.Modules.PreventiveAction.Application.PlanMeeting;
using Klachten.Modules.PreventiveAction.Application.PlanSession;
using Klachten.Modules.PreventiveAction.Application.ProposeFollowUp;
using Klachten.Modules.PreventiveAction.Application.ProposeMeasure;
using Klachten.Modules.PreventiveAction.Application.RecordAttendance;
using Klachten.Modules.PreventiveAction.Application.RecordMinutes;
using Klachten.Modules.PreventiveAction.Application.RecordProgress;
using Klachten.Modules.PreventiveAction.Application.ReviewEffectiveness;
using Klachten.Modules.PreventiveAction.Application.StartMeasure;
using Klachten.Modules.PreventiveAction.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Klachten.Modules.PreventiveAction.Endpoints;

/// <summary>
/// /api/preventive-action. Refused steps answer 409 (422 where the rules never allow it) ProblemDetails with a stable <c>code</c>;
/// each endpoint's description names the codes it can answer. Every step can answer 409 concurrency_conflict, and 412
/// stale_version when its If-Match is not the measure's (or meeting's) ETag (ADR 0018). A measure that is not yours answers 403.
/// </summary>
internal static class PreventiveActionEndpoints
{
    private static readonly string[] Planners = [Roles.QualityManager, Roles.Management];

    public static void Map(RouteGroupBuilder group)
    {
        var measures = group.MapGroup("/measures").ProducesProblem(StatusCodes.Status403Forbidden).ProducesValidationProblem();
        measures.MapGet("", ListMeasures).WithName("ListMeasures")
            .WithSummary("List measures")
            .WithDescription("A page of measures: all for the quality manager and management, your own for others. "
                + "Filters: status, kind (any letter case), owner, overdue, year; page, pageSize.");
        measures.MapGet("/{measureId:guid}", GetMeasure).WithName("GetMeasure").WithSummary("Get a measure")
            .WithDescription("A measure with the full history of its steps and the steps the caller may take now (allowedActions). "
                + "A measure that is not yours answers 403. Its ETag goes with a step as If-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithETag();
        measures.MapPost("", Propose).RequireAuthorization(p => p.RequireRole(Roles.QualityManager)).WithName("ProposeMeasure")
            .WithSummary("Propose a measure")
            .WithDescription("Proposes a measure, from a stored recommendation (recommendationId; 404 when unknown) or freely "
                + "(title and kind required). 409 recommendation_taken when a measure was proposed from it already.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        // Every step can meet a concurrent change (409 concurrency_conflict, 412 stale_version with an old If-Match); 422 only
        // where a rule can never allow it. WithETag per step: the group also holds the sessions' GET, which is not versioned.
        var steps = measures.MapGroup("/{measureId:guid}")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        steps.MapPost("/decision", Decide).RequireAuthorization(p => p.RequireRole(Roles.Management)).WithName("DecideMeasure")
            .WithSummary("Decide on a measure")
            .WithDescription("Management approves, rejects or defers a proposed (or deferred) measure, optionally in an open meeting "
                + "(meetingId). 409 measure_not_proposed, meeting_closed; 422 approval_needs_analysis (an approval names the "
                + "published yearly analysis: analysisYear, analysisVersion), analysis_not_published; 412 stale_version.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).WithETag();
        steps.MapPost("/start", Start).RequireAuthorization(p => p.RequireRole(Planners)).WithName("StartMeasure")
            .WithSummary("Plan a measure")
            .WithDescription("Plans an approved measure: owner (a colleague's user name), due date, effectiveness review date. "
                + "409 measure_not_approved; 422 due_date_in_past, review_before_due_date; 412 stale_version.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).WithETag();
        steps.MapPost("/progress", RecordProgress).WithName("RecordMeasureProgress").WithSummary("Record progress")
            .WithDescription("The owner appends a progress note (others 403). 409 measure_not_in_progress; 412 stale_version.")
            .WithETag();
        steps.MapPost("/completion", Complete).WithName("CompleteMeasure").WithSummary("Complete a measure")
            .WithDescription("The owner completes the measure with its result (others 403). 409 measure_not_in_progress, "
                + "training_not_held (a training completes when its sessions are held and attendance is recorded); 412 stale_version.")
            .WithETag();
        steps.MapPost("/effectiveness-review", Review).RequireAuthorization(p => p.RequireRole(Roles.QualityManager))
            .WithName("ReviewMeasureEffectiveness")
            .WithSummary("Review a measure's effect")
            .WithDescription("The quality manager judges the effect; the complaint counts before and after completion are filled "
                + "in. Closes the measure. 409 measure_not_completed, review_not_due; 412 stale_version.")
            .WithETag();
        steps.MapPost("/cancellation", Cancel).RequireAuthorization(p => p.RequireRole(Roles.Management)).WithName("CancelMeasure")
            .WithSummary("Cancel a measure")
            .WithDescription("Management cancels a measure that is not completed, with a reason. 409 measure_not_cancellable; "
                + "412 stale_version.")
            .WithETag();
        steps.MapPost("/follow-up", FollowUp).RequireAuthorization(p => p.RequireRole(Roles.QualityManager))
            .WithName("ProposeFollowUpMeasure")
            .WithSummary("Propose a follow-up measure")
            .WithDescription("Proposes the follow-up of a measure judged not effective; title, description and kind default to "
                + "the original's. 409 measure_not_ineffective, follow_up_exists; 412 stale_version (If-Match: the original's ETag). "
                + "The ETag answered is the original's new one; the follow-up starts at its own, read with GET.")
            .WithETag();

        steps.MapGet("/sessions", ListSessions).WithName("ListTrainingSessions").WithSummary("List a training's sessions")
            .WithDescription("The sessions of a training with their attendance, for whoever may see the measure.");
        steps.MapPost("/sessions", PlanSession).WithName("PlanTrainingSession")
            .WithSummary("Plan a training session")
            .WithDescription("The owner or the quality manager plans a session of a training in progress: topic, heldOn, trainer, "
                + "participants. 409 measure_not_in_progress; 422 measure_not_training; 412 stale_version (If-Match: the "
                + "measure's ETag, which the session changes).")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).WithETag();
        steps.MapPost("/sessions/{sessionId:guid}/attendance", RecordAttendance).WithName("RecordTrainingAttendance")
            .WithSummary("Record attendance")
            .WithDescription("Records, on or after the session's date, whether each participant attended. 409 session_not_yet_held, "
                + "attendance_already_recorded; 422 attendance_incomplete (every participant, and only they); 412 stale_version "
                + "(If-Match: the measure's ETag, which the attendance changes).")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).WithETag();

        var meetings = group.MapGroup("/meetings").ProducesProblem(StatusCodes.Status403Forbidden).ProducesValidationProblem();
        meetings.MapGet("", ListMeetings).RequireAuthorization(p => p.RequireRole(Planners)).WithName("ListMeetings")
            .WithSummary("List office meetings")
            .WithDescription("A page of office meetings, newest first. year, page, pageSize.");
        meetings.MapPost("", PlanMeeting).RequireAuthorization(p => p.RequireRole(Roles.QualityManager)).WithName("PlanMeeting")
            .WithSummary("Plan an office meeting")
            .WithDescription("The quality manager plans an office meeting: heldOn, kind (Regular or YearlyComplaints), title, "
                + "participants.");
        meetings.MapGet("/{meetingId:guid}", GetMeeting).WithName("GetMeeting")
            .WithSummary("Get a meeting")
            .WithDescription("A meeting with its agenda, minutes and decisions, and the steps the caller may take now "
                + "(allowedActions), for the quality manager, management and its participants. Its ETag goes with a step as If-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithETag();
        meetings.MapGet("/{meetingId:guid}/pack.pdf", GetMeetingPack).WithName("GetMeetingPack")
            .WithSummary("Get the meeting pack (PDF)")
            .WithDescription("The meeting pack in Dutch (PDF): agenda, the analysis's key figures and charts, measures to decide, "
                + "last year's measures. For the quality manager, management and the meeting's participants.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf").ProducesProblem(StatusCodes.Status404NotFound);
        var meeting = meetings.MapGroup("/{meetingId:guid}").RequireAuthorization(p => p.RequireRole(Roles.QualityManager))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        meeting.MapPost("/agenda", AddAgendaItem).WithName("AddAgendaItem")
            .WithSummary("Add an agenda item")
            .WithDescription("Adds a saved period report, a published yearly analysis, or a measure to decide or to present. "
                + "409 meeting_closed, agenda_item_exists, measure_not_proposed (a measure to decide); 422 report_not_found, "
                + "analysis_not_published; 412 stale_version.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).WithETag();
        meeting.MapPost("/minutes", RecordMinutes).WithName("RecordMeetingMinutes").WithSummary("Record the minutes")
            .WithDescription("Records (or rewrites, until closed) the minutes. 409 meeting_closed; 412 stale_version.")
            .WithETag();
        meeting.MapPost("/closure", CloseMeeting).WithName("CloseMeeting")
            .WithSummary("Close a meeting")
            .WithDescription("Closes the meeting. 409 meeting_closed, minutes_missing, yearly_analysis_not_on_agenda, "
                + "measures_not_on_agenda (the yearly complaints meeting needs the published analysis and measures on its agenda); "
                + "412 stale_version.")
            .WithETag();

        group.MapGet("/training", GetTrainingOverview).WithName("GetTrainingOverview")
            .WithSummary("Get the training overview")
            .WithDescription("Who was trained in what in a year (year required); others than the quality manager and management "
                + "see themselves.")
            .ProducesValidationProblem();

        group.MapGet("/my", GetMyWork).WithName("GetMyPreventiveWork")
            .WithSummary("Get my preventive work")
            .WithDescription("For any logged-in colleague: the measures they own and the training sessions they are to attend.");

        group.MapGet("/recommendations", ListRecommendations).RequireAuthorization(p => p.RequireRole(Planners))
            .WithName("ListOpenRecommendations")
            .WithSummary("List open recommendations")
            .WithDescription("Recommendations of published yearly analyses no measure was proposed from yet. year optional.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<Ok<PagedList<MeasureSummaryDto>>> ListMeasures(IRequestDispatcher dispatcher,
        [OneOf(typeof(MeasureStatus))] string? status, [OneOf(typeof(MeasureKind))] string? kind, string? owner,
        [TextForm(TextForm.Boolean)] string? overdue, [TextForm(TextForm.WholeNumber)] string? year,
        [TextForm(TextForm.WholeNumber), Description(PageRequest.PageText)] string? page,
        [TextForm(TextForm.WholeNumber), Description(PageRequest.PageSizeText)] string? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Query(new ListMeasuresQuery(status, kind, owner, overdue, year, page, pageSize), ct));

    private static async Task<Ok<MeasureDetailsDto>> GetMeasure(IRequestDispatcher dispatcher, Guid measureId, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Query(new GetMeasureQuery(measureId), ct));

    private static async Task<Created<MeasureStepResult>> Propose(IRequestDispatcher dispatcher, ProposeMeasureRequest request,
        CancellationToken ct)
    {
        var result = await dispatcher.Send((await dispatcher.Validated(request, ct)).ToCommand(), ct);
        return TypedResults.Created($"/api/preventive-action/measures/{result.Id}", result);
    }

    private static async Task<Ok<MeasureStepResult>> Decide(IRequestDispatcher dispatcher, Guid measureId, MeasureDecisionRequest request,
        CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Send((await dispatcher.Validated(request, ct)).ToCommand(measureId), ct));

    private static async Task<Ok<MeasureStepResult>> Start(IRequestDispatcher dispatcher, Guid measureId, StartRequest request,
        CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Send((await dispatcher.Validated(request, ct)).ToCommand(measureId), ct));

    private static async Task<Ok<MeasureStepResult>> RecordProgress(IRequestDispatcher dispatcher, Guid measureId, ProgressRequest request,
        CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Send((await dispatcher.Validated(request, ct)).ToCommand(measureId), ct));

    private static async Task<Ok<MeasureStepResult>> Complete(IRequestDispatcher dispatcher, Guid measureId, CompletionRequest request,
        CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Send((await dispatcher.Validated(request, ct)).ToCommand(measureId), ct));

    private static async Task<Ok<ReviewEffectivenessResult>> Review(IRequestDispatcher dispatcher, Guid measureId,
        EffectivenessReviewRequest request, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Send((await dispatcher.Validated(request, ct)).ToCommand(measureId), ct));

    private static async Task<Ok<MeasureStepResult>> Cancel(IRequestDispatcher dispatcher, Guid measureId, CancellationRequest request,
        CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Send((await dispatcher.Validated(request, ct)).ToCommand(measureId), ct));

    private static async Task<Created<MeasureStepResult>> FollowUp(IRequestDispatcher dispatcher, Guid measureId, FollowUpRequest? request,
        CancellationToken ct)
    {
        var result = await dispatcher.Send((await dispatcher.Validated(request ?? FollowUpRequest.Empty, ct)).ToCommand(measureId), ct);
        return TypedResults.Created($"/api/preventive-action/measures/{result.Id}", result);
    }

    private static async Task<Ok<IReadOnlyList<SessionDto>>> ListSessions(IRequestDispatcher dispatcher, Guid measureId,
        CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Query(new ListSessionsQuery(measureId), ct));

    private static async Task<Created<PlanSessionResult>> PlanSession(IRequestDispatcher dispatcher, Guid measureId, SessionRequest request,
        CancellationToken ct)
    {
        var result = await dispatcher.Send((await dispatcher.Validated(request, ct)).ToCommand(measureId), ct);
        return TypedResults.Created($"/api/preventive-action/measures/{measureId}/sessions", result);
    }

    private static async Task<Ok<RecordAttendanceResult>> RecordAttendance(IRequestDispatcher dispatcher, Guid measureId, Guid sessionId,
        AttendanceRequest request, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Send((await dispatcher.Validated(request, ct)).ToCommand(measureId, sessionId), ct));

    private static async Task<Ok<TrainingOverviewDto>> GetTrainingOverview(IRequestDispatcher dispatcher,
        [TextForm(TextForm.WholeNumber)] string? year, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Query(new GetTrainingOverviewQuery(year), ct));

    private static async Task<Ok<PagedList<MeetingSummaryDto>>> ListMeetings(IRequestDispatcher dispatcher,
        [TextForm(TextForm.WholeNumber)] string? year, [TextForm(TextForm.WholeNumber), Description(PageRequest.PageText)] string? page,
        [TextForm(TextForm.WholeNumber), Description(PageRequest.PageSizeText)] string? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Query(new ListMeetingsQuery(year, page, pageSize), ct));

    private static async Task<Created<MeetingStepResult>> PlanMeeting(IRequestDispatcher dispatcher, MeetingRequest request,
        CancellationToken ct)
    {
        var result = await dispatcher.Send((await dispatcher.Validated(request, ct)).ToCommand(), ct);
        return TypedResults.Created($"/api/preventive-action/meetings/{result.Id}", result);
    }

    private static async Task<Ok<MeetingDto>> GetMeeting(IRequestDispatcher dispatcher, Guid meetingId, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Query(new GetMeetingQuery(meetingId), ct));

    private static async Task<FileContentHttpResult> GetMeetingPack(IRequestDispatcher dispatcher, Guid meetingId, CancellationToken ct)
    {
        var pack = await dispatcher.Query(new GetMeetingPackQuery(meetingId), ct);
        return TypedResults.File(pack.Content, "application/pdf", pack.FileName);
    }

    private static async Task<Created<AgendaItemResult>> AddAgendaItem(IRequestDispatcher dispatcher, Guid meetingId,
        AgendaItemRequest request, CancellationToken ct)
    {
        var result = await dispatcher.Send((await dispatcher.Validated(request, ct)).ToCommand(meetingId), ct);
        return TypedResults.Created($"/api/preventive-action/meetings/{meetingId}", result);
    }

    private static async Task<Ok<MeetingStepResult>> RecordMinutes(IRequestDispatcher dispatcher, Guid meetingId, MinutesRequest request,
        CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Send((await dispatcher.Validated(request, ct)).ToCommand(meetingId), ct));

    private static async Task<Ok<MeetingStepResult>> CloseMeeting(IRequestDispatcher dispatcher, Guid meetingId, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Send(new CloseMeetingCommand(meetingId), ct));

    private static async Task<Ok<MyWorkDto>> GetMyWork(IRequestDispatcher dispatcher, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Query(new GetMyWorkQuery(), ct));

    private static async Task<Ok<IReadOnlyList<OpenRecommendationDto>>> ListRecommendations(IRequestDispatcher dispatcher,
        [TextForm(TextForm.WholeNumber)] string? year, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Query(new ListRecommendationsQuery(year), ct));
}
