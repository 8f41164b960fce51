using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Domain;
using Klachten.Modules.Classification.Application.Abstractions;
using Klachten.Modules.Classification.Contracts;

namespace Klachten.Modules.Classification.Application.RemoveReferenceCode;

internal sealed class RemoveReferenceCodeCommandHandler(IReferenceListRepository referenceLists, IAuditTrail auditTrail)
    : ICommandHandler<RemoveReferenceCodeCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RemoveReferenceCodeCommand request, CancellationToken cancellationToken)
    {
        // Locked for update: a classification choosing it waits (it takes FOR SHARE), so "not in use" stays true until commit.
        var entry = await referenceLists.GetForUpdateAsync(request.List, request.Code, cancellationToken)
            ?? throw new NotFoundException(request.List.ToString(), request.Code);
        if (await referenceLists.IsInUseAsync(request.List, entry.Code, cancellationToken))
        {
            throw new DomainRuleException("code_in_use",
                $"The {request.List} '{entry.Code}' is used by a classification and is never deleted; deactivate it instead.");
        }

        await referenceLists.RemoveAsync(request.List, entry.Code, cancellationToken);
        await auditTrail.RecordAsync(new AuditEntry(ClassificationContracts.ModuleName, $"{request.List}Removed", request.List.ToString(),
            entry.Code, new { entry.Description }), cancellationToken);
        return MediatR.Unit.Value;
    }
}
