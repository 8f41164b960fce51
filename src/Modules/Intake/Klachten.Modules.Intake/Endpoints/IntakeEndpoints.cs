using System.ComponentModel;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Application.Correspondence;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.Intake.Application.Abstractions;
using Klachten.Modules.Intake.Application.AcknowledgeReceipt;
using Klachten.Modules.Intake.Application.GetComplaint;
using Klachten.Modules.Intake.Application.GetCorrespondence;
using Klachten.Modules.Intake.Application.GetLetterPdf;
using Klachten.Modules.Intake.Application.ListComplaints;
using Klachten.Modules.Intake.Application.PreviewAcknowledgement;
using Klachten.Modules.Intake.Application.RecordLetterPosted;
using Klachten.Modules.Intake.Application.RegisterComplaint;
using Klachten.Modules.Intake.Contracts;
using Klachten.Modules.Intake.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Klachten.Modules.Intake.Endpoints;

/// <summary>
/// The Intake API. Errors: 400 ValidationProblemDetails listing every bad field (JSON path keys); 401 without a login;
/// 403 for a role or a complaint the user may not see; 404 for an unknown complaint; 409 code "already_acknowledged";
/// 422 codes "no_email_address" (Email acknowledgement without an e-mail address) and "no_postal_address" (Letter without
/// an address); posting a letter: 409 "letter_already_posted" / "letter_not_printed", 422 "letter_not_by_post". The involved collection agent (a user name) is notified by e-mail at the address configured in
/// Staff:Addresses, else at &lt;user&gt;@Staff:MailDomain.
/// </summary>
internal static class IntakeEndpoints
{
    private static readonly string[] Registrars = [Roles.Employee, Roles.ComplaintsOfficer, Roles.QualityManager];
    private static readonly string[] Readers = [Roles.Employee, Roles.ComplaintsOfficer, Roles.QualityManager, Roles.Management];
    private static readonly string[] Acknowledgers = [Roles.ComplaintsOfficer, Roles.QualityManager];

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/complaints", RegisterAsync)
            .RequireAuthorization(p => p.RequireRole(Registrars))
            .RequireRateLimiting(RateLimitPolicies.Registrations)
            .WithName("RegisterComplaint")
            .WithSummary("Register a complaint")
            .WithDescription("Registers a complaint on the complete registration form; a form with missing or wrong fields is refused "
                + "(400) with every one of them named at once. The involved collection agent is notified by e-mail.")
            .ProducesValidationProblem();

        group.MapGet("/complaints/{id:guid}", GetAsync)
            .RequireAuthorization(p => p.RequireRole(Readers))
            .WithName("GetComplaint")
            .WithSummary("Read a complaint")
            .WithDescription("The registration with its deadlines; for the quality manager, management, the handling officer and the "
                + "registering employee (403 for anyone else), and what the caller may do now (allowedActions). Audited.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithETag();

        group.MapGet("/complaints", ListAsync)
            .RequireAuthorization(p => p.RequireRole(Readers))
            .WithName("ListComplaints")
            .WithSummary("List complaints")
            .WithDescription("A page of summaries (no complaint text, no complainant data), filtered by status, date of receipt and "
                + "the work-list filters, or searched by reference, file number, collection agent or the complainant's name (the "
                + "name only for ComplaintsOfficer, QualityManager and Management: 403 otherwise). An employee sees what they "
                + "registered, an officer also what they handle. " + WorkLists.SortText + " Audited; a search with what was searched.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesValidationProblem();

        group.MapPost("/complaints/{id:guid}/acknowledgement", AcknowledgeAsync)
            .RequireAuthorization(p => p.RequireRole(Acknowledgers))
            .RequireRateLimiting(RateLimitPolicies.Letters)
            .WithName("AcknowledgeReceipt")
            .WithSummary("Acknowledge receipt")
            .WithDescription("Sends the written acknowledgement (Email: sent now with the letter as PDF attached, retried until it goes; "
                + "Letter: printed, then recorded as posted with .../posted). 409 already_acknowledged; 422 no_email_address, no_postal_address.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithETag();

        group.MapGet("/complaints/{id:guid}/correspondence", CorrespondenceAsync)
            .RequireAuthorization(p => p.RequireRole(Readers))
            .WithName("GetComplaintCorrespondence")
            .WithSummary("A complaint's correspondence")
            .WithDescription("Every written communication of the complaint: type, channel, status (Draft, Pending, Sent, Printed, Posted), "
                + "recipient, created, sent and posted moments (and who posted it), attempts and last error.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/complaints/{id:guid}/correspondence/{letterId:guid}.pdf", LetterPdfAsync)
            .RequireAuthorization(p => p.RequireRole(Readers))
            .WithName("GetComplaintLetterPdf")
            .WithSummary("A complaint's letter as PDF")
            .WithDescription("The letter as printed (application/pdf), in house style: letterhead, the addressee in the NEN 1026 window, "
                + "place and date, Ons kenmerk, Onderwerp, the text as sent, the signature. A letter not sent yet prints as it would go "
                + "today. For those who may read the complaint (403 for anyone else). Audited.")
            .ProducesLetterPdf()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/complaints/{id:guid}/correspondence/{letterId:guid}/posted", PostedAsync)
            .RequireAuthorization(p => p.RequireRole(Registrars))
            .WithName("RecordComplaintLetterPosted")
            .WithSummary("Record a letter as posted")
            .WithDescription("Records a printed letter (channel Letter) as posted by the calling employee, now. 409 letter_already_posted, "
                + "letter_not_printed; 422 letter_not_by_post (an e-mail).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/complaints/{id:guid}/acknowledgement/preview", PreviewAcknowledgementAsync)
            .RequireAuthorization(p => p.RequireRole(Acknowledgers))
            .WithName("PreviewAcknowledgement")
            .WithSummary("Preview the acknowledgement")
            .WithDescription("The acknowledgement as it would go now, sent and recorded by nothing: as JSON (subject, body, addressee "
                + "block, date, recipient), or with ?format=pdf as the PDF. channel: Email | Letter (default: e-mail when the complainant "
                + "gave an address); format: json (default) | pdf. Refused as sending would be: 409 already_acknowledged, "
                + "422 no_email_address / no_postal_address. Only the read is audited.")
            .ProducesLetterPreview()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Created<RegisteredComplaintDto>> RegisterAsync(
        RegisterComplaintRequest request, IRequestDispatcher dispatcher, CancellationToken cancellationToken)
    {
        var registered = await dispatcher.Send((await dispatcher.Validated(request, cancellationToken)).ToCommand(), cancellationToken);
        return TypedResults.Created($"/api/intake/complaints/{registered.Id}", registered);
    }

    private static async Task<Ok<ComplaintDto>> GetAsync(Guid id, IRequestDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.Query(new GetComplaintQuery(id), cancellationToken));

    private static async Task<Ok<PagedList<ComplaintSummaryDto>>> ListAsync(
        IRequestDispatcher dispatcher, [OneOf(typeof(ComplaintStatus))] string? status, [TextForm(TextForm.Date)] string? receivedFrom,
        [TextForm(TextForm.Date)] string? receivedTo, [TextForm(TextForm.WholeNumber), Description(PageRequest.PageText)] string? page,
        [TextForm(TextForm.WholeNumber), Description(PageRequest.PageSizeText)] string? pageSize,
        [Description("Who registered it: " + WorkLists.UserText)] string? registeredBy,
        [Description("Its handling officer: " + WorkLists.UserText)] string? assignedTo,
        [TextForm(TextForm.Boolean), Description("true: no handling officer yet; false: one is assigned.")] string? unassigned,
        [TextForm(TextForm.Date), Description(WorkLists.DueBeforeText)] string? acknowledgementDueBefore,
        [TextForm(TextForm.Boolean), Description("true: not acknowledged by its due date (still open, or acknowledged late).")]
        string? acknowledgementBreached,
        [Description(WorkLists.ReferenceText)] string? reference,
        [Description("The debtor's file number (exact, as registered; surrounding spaces ignored).")] string? fileNumber,
        [Description(WorkLists.CollectionAgentText)] string? collectionAgent,
        [Description("Part of the complainant's name, in any letter case (2 to 100 characters).")] string? complainantName,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.Query(new ListComplaintsQuery(status, receivedFrom, receivedTo, page, pageSize, registeredBy,
            assignedTo, unassigned, acknowledgementDueBefore, acknowledgementBreached, reference, fileNumber, collectionAgent,
            complainantName), cancellationToken));

    private static async Task<Ok<AcknowledgementDto>> AcknowledgeAsync(
        Guid id, [FromBody] AcknowledgeRequest? request, IRequestDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.Send(
            (await dispatcher.Validated(request ?? new AcknowledgeRequest(null), cancellationToken)).ToCommand(id), cancellationToken));

    private static async Task<FileContentHttpResult> LetterPdfAsync(Guid id, Guid letterId, IRequestDispatcher dispatcher,
        CancellationToken cancellationToken) =>
        LetterResults.Pdf(await dispatcher.Query(new GetLetterPdfQuery(id, letterId), cancellationToken));

    private static async Task<Ok<LetterPostedDto>> PostedAsync(Guid id, Guid letterId, IRequestDispatcher dispatcher,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.Send(new RecordLetterPostedCommand(id, letterId), cancellationToken));

    private static async Task<Results<Ok<LetterPreviewDto>, FileContentHttpResult>> PreviewAcknowledgementAsync(
        Guid id, [OneOf(typeof(AcknowledgementChannel))] string? channel, [OneOf(typeof(LetterFormat))] string? format,
        IRequestDispatcher dispatcher, CancellationToken cancellationToken) =>
        LetterResults.Preview(await dispatcher.Query(new PreviewAcknowledgementQuery(id, channel, format), cancellationToken));

    private static async Task<Ok<IReadOnlyList<CorrespondenceDto>>> CorrespondenceAsync(Guid id, IRequestDispatcher dispatcher,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.Query(new GetCorrespondenceQuery(id), cancellationToken));
}

