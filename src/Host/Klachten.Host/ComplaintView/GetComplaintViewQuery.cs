using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.Classification.Contracts;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Intake.Contracts;

namespace Klachten.Host.ComplaintView;

/// <summary>One complaint by its id, or (with <see cref="Reference"/>) by its reference.</summary>
internal sealed record GetComplaintViewQuery(Guid? Id, string? Reference = null) : IQuery<ComplaintViewDto>;

/// <summary>
/// Composes the complaint view from the modules' query interfaces (ADR 0017): each module answers by its own confidentiality
/// rule; the view is refused (403) when no module lets the caller read the complaint. One audit record per read or refusal.
/// </summary>
internal sealed class GetComplaintViewQueryHandler(
    IComplaintRegistrations registrations, IComplaintClassifications classifications, IHandlingCases cases, IAuditTrail audit)
    : IQueryHandler<GetComplaintViewQuery, ComplaintViewDto>
{
    public const string Module = "ComplaintView";

    public async Task<ComplaintViewDto> Handle(GetComplaintViewQuery query, CancellationToken cancellationToken)
    {
        var id = query.Id
            ?? await registrations.FindByReferenceAsync(query.Reference ?? "", cancellationToken)
            ?? throw new NotFoundException("Complaint", query.Reference ?? "");
        var registration = await registrations.GetAsync(id, cancellationToken) ?? throw new NotFoundException("Complaint", id);
        var classification = await classifications.GetAsync(id, cancellationToken);
        var handling = await cases.GetAsync(id, cancellationToken);

        if (!registration.MayRead && classification?.MayRead != true && handling?.MayRead != true)
        {
            await audit.RecordAsync(new AuditEntry(Module, "ComplaintViewReadRefused", "Complaint", id.ToString()), cancellationToken);
            throw new ForbiddenException(
                "Only the quality manager, management, the handling complaints officer and the registering employee see a complaint.");
        }

        await audit.RecordAsync(new AuditEntry(Module, "ComplaintViewRead", "Complaint", id.ToString(), new { registration.Reference }),
            cancellationToken);
        var letters = registration.Letters
            .Select(l => new ComplaintLetterDto(l.Id, IntakeContracts.ModuleName, l.Kind, l.Channel, l.Status, l.RecipientName, l.Subject,
                l.CreatedAt, l.SentAt, l.PostedAt))
            .Concat((handling?.Details?.Letters ?? []).Select(l => new ComplaintLetterDto(l.Id, HandlingContracts.ModuleName, l.Kind, l.Channel,
                l.Status, l.RecipientName, l.Subject, l.CreatedAt, l.SentAt, l.PostedAt)))
            .OrderBy(l => l.CreatedAt)
            .ToList();

        return new ComplaintViewDto(
            id, registration.Reference,
            ComplaintLifecycle.Of(registration.AcknowledgedAt is not null, classification?.IsClassified == true, handling?.Status),
            new ComplaintDeadlinesDto(registration.AcknowledgementDueOn, registration.AcknowledgedAt,
                registration.AcknowledgementBreachRecordedAt is not null, handling?.OriginalSettlementDueOn ?? registration.SettlementDueOn,
                handling?.SettlementDueOn ?? registration.SettlementDueOn, handling?.Extended == true, handling?.Overdue == true),
            registration, classification, handling, letters,
            ComplaintLifecycle.Timeline(registration, classification, handling, letters),
            [.. registration.AllowedActions.Concat(classification?.AllowedActions ?? []).Concat(handling?.AllowedActions ?? []).Distinct()],
            new ComplaintETagsDto(EntityTags.Format(registration.Version),
                classification is null ? null : EntityTags.Format(classification.Version),
                handling is null ? null : EntityTags.Format(handling.Version)));
    }
}
