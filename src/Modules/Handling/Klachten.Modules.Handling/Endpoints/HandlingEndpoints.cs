using System.ComponentModel;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Application.Correspondence;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Application.AssignOfficer;
using Klachten.Modules.Handling.Application.CloseCase;
using Klachten.Modules.Handling.Application.DecideComplaint;
using Klachten.Modules.Handling.Application.ExtendTerm;
using Klachten.Modules.Handling.Application.GetCase;
using Klachten.Modules.Handling.Application.GetLetterPdf;
using Klachten.Modules.Handling.Application.ListCases;
using Klachten.Modules.Handling.Application.LogContact;
using Klachten.Modules.Handling.Application.PreviewDecisionLetter;
using Klachten.Modules.Handling.Application.RecordLetterPosted;
using Klachten.Modules.Handling.Application.RecordReferral;
using Klachten.Modules.Handling.Application.RecordReferralOutcome;
using Klachten.Modules.Handling.Application.SendDecisionLetter;
using Klachten.Modules.Handling.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Klachten.Modules.Handling.Endpoints;

/// <summary>
/// /api/handling. Refused steps answer 409 (422 where the rules never allow it) ProblemDetails with a stable <c>code</c>:
/// not_a_complaints_officer (422), not_assigned, already_assigned, agent_cannot_handle (422), contact_before_receipt (422), case_closed, already_decided, extension_already_used,
/// extension_not_later (422), extension_too_long (422), term_expired, not_decided, decision_letter_already_sent, decision_letter_not_sent,
/// already_referred, referral_before_decision (422), no_referral, referral_already_concluded,
/// referral_outcome_before_submission (422), referral_open, no_email_address (422), no_postal_address (422),
/// letter_already_posted, letter_not_printed, letter_not_by_post (422), concurrency_conflict; 412 stale_version for a step
/// whose If-Match is not the case's ETag. A case handled by another officer answers 403.
/// </summary>
internal static class HandlingEndpoints
{
    private static readonly string[] Readers = [Roles.ComplaintsOfficer, Roles.QualityManager, Roles.Management];
    private static readonly string[] Handlers = [Roles.ComplaintsOfficer, Roles.QualityManager];

    public static void Map(RouteGroupBuilder group)
    {
        var cases = group.MapGroup("/cases").ProducesProblem(StatusCodes.Status403Forbidden);
        cases.MapGet("", ListCases).RequireAuthorization(p => p.RequireRole(Readers)).WithName("ListHandlingCases")
            .WithSummary("List cases")
            .WithDescription("A page of handling cases, filtered by status (any letter case) and the work-list filters, or searched by "
                + "reference or collection agent. An officer sees their own cases and the unassigned ones they may take (another "
                + "officer's: 403). Each item carries its allowedActions (as the case's: an officer's \"take this case\" is assign). "
                + WorkLists.SortText + " Audited.")
            .ProducesValidationProblem();
        cases.MapGet("/{complaintId:guid}", GetCase).RequireAuthorization(p => p.RequireRole(Readers)).WithName("GetHandlingCase")
            .WithSummary("Read a case")
            .WithDescription("One handling case: its officer, contacts, extension, decision, decision letter and referral, and the steps "
                + "the caller may take now (allowedActions; a letter step when a route reaches the complainant, the decision letter "
                + "when at least one channel does). Its ETag goes with a step as If-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithETag();
        cases.MapGet("/{complaintId:guid}/correspondence/{letterId:guid}.pdf", LetterPdf).RequireAuthorization(p => p.RequireRole(Readers))
            .WithName("GetHandlingLetterPdf")
            .WithSummary("A case's letter as PDF")
            .WithDescription("A letter or notice of the case as printed (application/pdf), in house style: letterhead, the addressee in "
                + "the NEN 1026 window, place and date, Ons kenmerk, Onderwerp, the text as sent, the signature; the same PDF an e-mail "
                + "carried as its attachment. Audited.")
            .ProducesLetterPdf()
            .ProducesProblem(StatusCodes.Status404NotFound);
        cases.MapGet("/{complaintId:guid}/decision-letter/preview", PreviewDecisionLetter).RequireAuthorization(p => p.RequireRole(Handlers))
            .WithName("PreviewDecisionLetter")
            .WithSummary("Preview the decision letter")
            .WithDescription("The decision letter as it would go now, sent and recorded by nothing: as JSON (subject, body, addressee "
                + "block, date, recipient), or with ?format=pdf as the PDF. "
                + "For a decided case whose letter has not gone: 409 not_decided, decision_letter_already_sent, case_closed; "
                + "channel: Email | Letter (default: e-mail when the complainant gave an address), 422 no_email_address / no_postal_address; "
                + "format: json (default) | pdf. Only the reads are audited.")
            .ProducesLetterPreview()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var steps = cases.MapGroup("/{complaintId:guid}")
            .RequireAuthorization(p => p.RequireRole(Handlers))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithETag();
        steps.MapPost("/assignment", Assign).WithName("AssignHandlingOfficer").WithSummary("Assign an officer").WithDescription(
            "Assigns the case to an officer (without one: to the caller). Not a complaints officer in the staff directory: 422 "
            + "not_a_complaints_officer; the complaint's collection agent: 422 agent_cannot_handle.");
        steps.MapPost("/contacts", LogContact).WithName("LogHandlingContact").WithSummary("Log a contact").WithDescription(
            "Records a contact with the complainant while seeking a solution: when, how, what was said and agreed next.");
        steps.MapPost("/extension", Extend).WithName("ExtendSettlementTerm").RequireRateLimiting(RateLimitPolicies.Letters).WithSummary("Extend the term").WithDescription(
            "Extends the settlement term once, with a reason (extension_already_used, extension_not_later, extension_too_long).");
        steps.MapPost("/decision", Decide).WithName("DecideComplaint").WithSummary("Decide").WithDescription(
            "Records the decision on the complaint: the outcome, the reasoning and any remedy.");
        steps.MapPost("/decision-letter", SendDecisionLetter).WithName("SendDecisionLetter").RequireRateLimiting(RateLimitPolicies.Letters).WithSummary("Send the decision letter")
            .WithDescription("Sends the decision letter by e-mail with the letter as PDF attached, or prints it for the post (then "
                + "recorded as posted with .../correspondence/{letterId}/posted); no_email_address, no_postal_address.");
        steps.MapPost("/referral", Refer).WithName("RecordReferral").WithSummary("Record a referral").WithDescription(
            "Records that the complainant took the complaint to the external body after the decision.");
        steps.MapPost("/referral/outcome", ConcludeReferral).WithName("RecordReferralOutcome").WithSummary("Record the referral's outcome")
            .WithDescription("Records what the external body decided on the referred complaint.");
        steps.MapPost("/closure", Close).WithName("CloseHandlingCase").WithSummary("Close the case").WithDescription(
            "Closes the case, recording whether the complainant is satisfied.");
        steps.MapPost("/correspondence/{letterId:guid}/posted", LetterPosted).WithName("RecordHandlingLetterPosted")
            .WithSummary("Record a letter as posted")
            .WithDescription("Records a printed letter (channel Letter) as posted by the caller, now. 409 letter_already_posted, "
                + "letter_not_printed; 422 letter_not_by_post (an e-mail).");
    }

    private static async Task<Ok<PagedList<CaseSummaryDto>>> ListCases(
        IRequestDispatcher dispatcher, [OneOf(typeof(CaseStatus))] string? status,
        [Description("The case's officer: " + WorkLists.UserText)] string? assignedTo,
        [TextForm(TextForm.Boolean), Description("true: the term in force passed without a decision letter.")] string? overdue,
        [TextForm(TextForm.WholeNumber), Description(PageRequest.PageText)] string? page,
        [TextForm(TextForm.WholeNumber), Description(PageRequest.PageSizeText)] string? pageSize,
        [TextForm(TextForm.Boolean), Description("true: no officer yet; false: one is assigned.")] string? unassigned,
        [TextForm(TextForm.Date), Description(WorkLists.DueBeforeText + " The term in force (extended or not).")] string? settlementDueBefore,
        [Description(WorkLists.ReferenceText)] string? reference,
        [Description(WorkLists.CollectionAgentText)] string? collectionAgent, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Query(
            new ListCasesQuery(status, assignedTo, overdue, page, pageSize, unassigned, settlementDueBefore, reference, collectionAgent), ct));

    private static async Task<Ok<CaseDetailsDto>> GetCase(IRequestDispatcher dispatcher, Guid complaintId, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Query(new GetCaseQuery(complaintId), ct));

    private static async Task<FileContentHttpResult> LetterPdf(IRequestDispatcher dispatcher, Guid complaintId, Guid letterId, CancellationToken ct) =>
        LetterResults.Pdf(await dispatcher.Query(new GetLetterPdfQuery(complaintId, letterId), ct));

    private static async Task<Results<Ok<LetterPreviewDto>, FileContentHttpResult>> PreviewDecisionLetter(
        IRequestDispatcher dispatcher, Guid complaintId, [OneOf(typeof(CorrespondenceChannel))] string? channel,
        [OneOf(typeof(LetterFormat))] string? format, CancellationToken ct) =>
        LetterResults.Preview(await dispatcher.Query(new PreviewDecisionLetterQuery(complaintId, channel, format), ct));

    private static async Task<Ok<LetterPostedDto>> LetterPosted(IRequestDispatcher dispatcher, Guid complaintId, Guid letterId, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Send(new RecordLetterPostedCommand(complaintId, letterId), ct));

    private static async Task<Ok<CaseStepResult>> Assign(IRequestDispatcher dispatcher, Guid complaintId, AssignmentRequest? request, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Send(new AssignOfficerCommand(complaintId, request?.Officer), ct));

    private static async Task<Created<LogContactResult>> LogContact(
        IRequestDispatcher dispatcher, Guid complaintId, ContactRequest request, CancellationToken ct)
    {
        var result = await dispatcher.Send((await dispatcher.Validated(request, ct)).ToCommand(complaintId), ct);
        return TypedResults.Created($"/api/handling/cases/{complaintId}", result);
    }

    private static async Task<Ok<ExtendTermResult>> Extend(
        IRequestDispatcher dispatcher, Guid complaintId, ExtensionRequest request, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Send((await dispatcher.Validated(request, ct)).ToCommand(complaintId), ct));

    private static async Task<Ok<CaseStepResult>> Decide(IRequestDispatcher dispatcher, Guid complaintId, DecisionRequest request, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Send((await dispatcher.Validated(request, ct)).ToCommand(complaintId), ct));

    private static async Task<Ok<DecisionLetterResult>> SendDecisionLetter(
        IRequestDispatcher dispatcher, Guid complaintId, DecisionLetterRequest request, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Send((await dispatcher.Validated(request, ct)).ToCommand(complaintId), ct));

    private static async Task<Ok<CaseStepResult>> Refer(IRequestDispatcher dispatcher, Guid complaintId, ReferralRequest request, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Send((await dispatcher.Validated(request, ct)).ToCommand(complaintId), ct));

    private static async Task<Ok<CaseStepResult>> ConcludeReferral(
        IRequestDispatcher dispatcher, Guid complaintId, ReferralOutcomeRequest request, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Send((await dispatcher.Validated(request, ct)).ToCommand(complaintId), ct));

    private static async Task<Ok<CaseStepResult>> Close(IRequestDispatcher dispatcher, Guid complaintId, ClosureRequest request, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Send((await dispatcher.Validated(request, ct)).ToCommand(complaintId), ct));
}

/// <summary>The officer to assign; request bodies of the other steps live beside their use case (XRequest.ToCommand).</summary>
internal sealed record AssignmentRequest(string? Officer);
