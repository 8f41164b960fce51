using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.Modules.Classification.Application.Abstractions;
using Klachten.Modules.Classification.Application.GetClassification;
using Klachten.Modules.Classification.Contracts;
using Klachten.Modules.Classification.Domain;

namespace Klachten.Modules.Classification.Application.ClassifyComplaint;

internal sealed class ClassifyComplaintCommandHandler(
    IClassificationRepository classifications,
    IReferenceListRepository referenceLists,
    IDbSession session,
    ICurrentUser user,
    IOutbox outbox,
    IAuditTrail auditTrail,
    TimeProvider timeProvider) : ICommandHandler<ClassifyComplaintCommand, ClassificationDto>
{
    public async Task<ClassificationDto> Handle(ClassifyComplaintCommand request, CancellationToken cancellationToken)
    {
        var classification = await classifications.GetForUpdateAsync(request.ComplaintId, cancellationToken)
            ?? throw new NotFoundException("Complaint", request.ComplaintId);

        var proposal = await ResolveAsync(request, classification, cancellationToken);
        if (classification.RequiresReason(proposal) && string.IsNullOrWhiteSpace(request.Reason))
        {
            throw new RequestValidationException(new Dictionary<string, string[]>
            {
                ["reason"] = [$"Complaint {classification.Reference} is already classified (version {classification.Version}): give the reason for this change."],
            });
        }

        var version = classification.Apply(proposal, request.Reason, user.UserName, timeProvider.GetUtcNow());
        if (version is not null)
        {
            await classifications.SaveAsync(classification, version, cancellationToken);
            await outbox.EnqueueAsync(new ComplaintClassified(
                classification.ComplaintId, classification.Reference, version.Categories, version.RootCause, version.RootCauseNote,
                version.ChangedAt, version.ChangedBy, version.Version, version.Version > 1, version.Reason), cancellationToken);
            await auditTrail.RecordAsync(new AuditEntry(ClassificationContracts.ModuleName, version.Change.ToString(), "Complaint",
                classification.ComplaintId.ToString(), new
                {
                    classification.Reference, version.Version, version.Categories, version.RootCause, version.Reason,
                }), cancellationToken);
        }

        return await ClassificationReader.ReadAsync(session.Connection, session.Transaction, request.ComplaintId, cancellationToken)
            ?? throw new InvalidOperationException("The classification just saved could not be read back.");
    }

    // Checked by ClassifyComplaintChoicesValidator already; again here under the lists' FOR SHARE lock, which also keeps a
    // code chosen here from being deleted until this transaction ends.
    private async Task<ClassificationProposal> ResolveAsync(ClassifyComplaintCommand request, ComplaintClassification current,
        CancellationToken cancellationToken)
    {
        var categories = await referenceLists.GetAllForShareAsync(ReferenceList.Category, cancellationToken);
        var rootCauses = string.IsNullOrWhiteSpace(request.RootCause)
            ? []
            : await referenceLists.GetAllForShareAsync(ReferenceList.RootCause, cancellationToken);
        var check = ReferenceChecks.Check(request.Categories, request.RootCause, categories, rootCauses, current.Categories, current.RootCause);
        if (!check.IsValid)
        {
            throw new RequestValidationException(check.Errors.ToDictionary(e => e.Field, e => new[] { e.Message }));
        }

        return ClassificationProposal.Create(check.Categories, check.RootCause, request.RootCauseNote);
    }
}
