using System.ComponentModel.DataAnnotations;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.Handling.Domain;
using Klachten.BuildingBlocks.Infrastructure.Mail;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Application.AssignOfficer;
using Klachten.Modules.Handling.Application.CloseCase;
using Klachten.Modules.Handling.Application.DecideComplaint;
using Klachten.Modules.Handling.Application.ExtendTerm;
using Klachten.Modules.Handling.Application.GetCase;
using Klachten.Modules.Handling.Application.ListCases;
using Klachten.Modules.Handling.Application.LogContact;
using Klachten.Modules.Handling.Application.RecordReferral;
using Klachten.Modules.Handling.Application.RecordReferralOutcome;
using Klachten.Modules.Handling.Application.SendDecisionLetter;
using Klachten.Modules.Handling.Infrastructure.Correspondence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Klachten.Modules.Handling.Endpoints;

/// <summary>
/// /api/handling. Refused steps answer 409 (422 where the rules never allow it) ProblemDetails with a stable <c>code</c>:
/// not_assigned, already_assigned, agent_cannot_handle (422), contact_before_receipt (422), case_closed, already_decided, extension_already_used,
/// extension_not_later (422), extension_too_long (422), term_expired, not_decided, decision_letter_already_sent, decision_letter_not_sent,
/// already_referred, referral_before_decision (422), no_referral, referral_already_concluded,
/// referral_outcome_before_submission (422), referral_open, no_email_address (422), no_postal_address (422),
/// concurrency_conflict. A case handled by another officer answers 403.
/// </summary>
internal static class HandlingEndpoints
{
    private static readonly string[] Readers = [Roles.ComplaintsOfficer, Roles.QualityManager, Roles.Management];
    private static readonly string[] Handlers = [Roles.ComplaintsOfficer, Roles.QualityManager];

    public static void Map(RouteGroupBuilder group)
    {
        var cases = group.MapGroup("/cases").ProducesProblem(StatusCodes.Status403Forbidden);
        cases.MapGet("", ListCases).RequireAuthorization(p => p.RequireRole(Readers)).WithName("ListHandlingCases")
            .WithSummary("A page of cases. status: a case status in any letter case; overdue: true | false; page 1–1,000,000; pageSize 1–200.")
            .ProducesValidationProblem();
        cases.MapGet("/{complaintId:guid}", GetCase).RequireAuthorization(p => p.RequireRole(Readers)).WithName("GetHandlingCase")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var steps = cases.MapGroup("/{complaintId:guid}")
            .RequireAuthorization(p => p.RequireRole(Handlers))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        steps.MapPost("/assignment", Assign).WithName("AssignHandlingOfficer");
        steps.MapPost("/contacts", LogContact).WithName("LogHandlingContact");
        steps.MapPost("/extension", Extend).WithName("ExtendSettlementTerm").RequireRateLimiting(RateLimitPolicies.Letters);
        steps.MapPost("/decision", Decide).WithName("DecideComplaint");
        steps.MapPost("/decision-letter", SendDecisionLetter).WithName("SendDecisionLetter").RequireRateLimiting(RateLimitPolicies.Letters);
        steps.MapPost("/referral", Refer).WithName("RecordReferral");
        steps.MapPost("/referral/outcome", ConcludeReferral).WithName("RecordReferralOutcome");
        steps.MapPost("/closure", Close).WithName("CloseHandlingCase");
    }

    private static async Task<Ok<CasePageDto>> ListCases(
        IRequestDispatcher dispatcher, string? status, string? officer, string? overdue, string? page, string? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Query(new ListCasesQuery(status, officer, overdue, page, pageSize), ct));

    private static async Task<Ok<CaseDetailsDto>> GetCase(IRequestDispatcher dispatcher, Guid complaintId, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Query(new GetCaseQuery(complaintId), ct));

    private static async Task<Ok<CaseStepResult>> Assign(IRequestDispatcher dispatcher, Guid complaintId, AssignmentRequest? request, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Send(new AssignOfficerCommand(complaintId, request?.Officer), ct));

    private static async Task<Created<LogContactResult>> LogContact(
        IRequestDispatcher dispatcher, Guid complaintId, ContactRequest request, CancellationToken ct)
    {
        var result = await dispatcher.Send(new LogContactCommand(complaintId, request.ContactedAt, request.Channel, request.Summary, request.NextStep), ct);
        return TypedResults.Created($"/api/handling/cases/{complaintId}", result);
    }

    private static async Task<Ok<ExtendTermResult>> Extend(
        IRequestDispatcher dispatcher, OutgoingMailDelivery<HandlingOutgoingMail> delivery, ILoggerFactory loggers, Guid complaintId, ExtensionRequest request,
        CancellationToken ct)
    {
        var result = await dispatcher.Send(new ExtendTermCommand(complaintId, request.NewDueOn, request.Reason), ct);
        await DeliverAfterCommitAsync(delivery, loggers, result.NoticeId);
        return TypedResults.Ok(result);
    }

    private static async Task<Ok<CaseStepResult>> Decide(IRequestDispatcher dispatcher, Guid complaintId, DecisionRequest request, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Send(new DecideComplaintCommand(complaintId, request.Outcome, request.Reasoning, request.Remedy), ct));

    private static async Task<Ok<DecisionLetterResult>> SendDecisionLetter(
        IRequestDispatcher dispatcher, OutgoingMailDelivery<HandlingOutgoingMail> delivery, ILoggerFactory loggers, Guid complaintId, DecisionLetterRequest request,
        CancellationToken ct)
    {
        var result = await dispatcher.Send(new SendDecisionLetterCommand(complaintId, request.Channel), ct);
        await DeliverAfterCommitAsync(delivery, loggers, result.CorrespondenceId);
        return TypedResults.Ok(result);
    }

    private static async Task<Ok<CaseStepResult>> Refer(IRequestDispatcher dispatcher, Guid complaintId, ReferralRequest request, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Send(new RecordReferralCommand(complaintId, request.SubmittedOn, request.Body, request.CaseNumber), ct));

    private static async Task<Ok<CaseStepResult>> ConcludeReferral(
        IRequestDispatcher dispatcher, Guid complaintId, ReferralOutcomeRequest request, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Send(new RecordReferralOutcomeCommand(complaintId, request.Outcome, request.DecidedOn), ct));

    private static async Task<Ok<CaseStepResult>> Close(IRequestDispatcher dispatcher, Guid complaintId, ClosureRequest request, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Send(new CloseCaseCommand(complaintId, request.ComplainantSatisfied), ct));

    // The letter is recorded and committed; sending it now is a courtesy, the handling-send-correspondence sweep retries failures.
    private static async Task DeliverAfterCommitAsync(OutgoingMailDelivery<HandlingOutgoingMail> delivery, ILoggerFactory loggers, Guid correspondenceId)
    {
        try
        {
            await delivery.DeliverAsync([correspondenceId], CancellationToken.None);
        }
        catch (Exception exception)
        {
            loggers.CreateLogger(typeof(HandlingEndpoints)).LogWarning(exception,
                "Delivering correspondence {CorrespondenceId} right after commit failed; the sweep will retry it", correspondenceId);
        }
    }
}

internal sealed record AssignmentRequest(string? Officer);

internal sealed record ContactRequest([property: Required] string? ContactedAt, [property: Required, OneOf(typeof(ContactChannel))] string? Channel, [property: Required] string? Summary, string? NextStep);

internal sealed record ExtensionRequest([property: Required] DateOnly? NewDueOn, [property: Required] string? Reason);

internal sealed record DecisionRequest([property: Required, OneOf(typeof(DecisionOutcome))] string? Outcome, [property: Required] string? Reasoning, string? Remedy);

internal sealed record DecisionLetterRequest([property: Required, OneOf(typeof(CorrespondenceChannel))] string? Channel);

internal sealed record ReferralRequest([property: Required] DateOnly? SubmittedOn, string? Body, [property: Required] string? CaseNumber);

internal sealed record ReferralOutcomeRequest([property: Required, OneOf(typeof(ReferralOutcome))] string? Outcome, [property: Required] DateOnly? DecidedOn);

internal sealed record ClosureRequest([property: Required] bool? ComplainantSatisfied);
