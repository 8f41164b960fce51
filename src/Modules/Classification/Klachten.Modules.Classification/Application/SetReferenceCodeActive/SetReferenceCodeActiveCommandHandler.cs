using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Classification.Application.Abstractions;
using Klachten.Modules.Classification.Contracts;

namespace Klachten.Modules.Classification.Application.SetReferenceCodeActive;

internal sealed class SetReferenceCodeActiveCommandHandler(IReferenceListRepository referenceLists, ICurrentUser user, IAuditTrail auditTrail,
    TimeProvider timeProvider)
    : ICommandHandler<SetReferenceCodeActiveCommand, ReferenceCodeDto>
{
    public async Task<ReferenceCodeDto> Handle(SetReferenceCodeActiveCommand request, CancellationToken cancellationToken)
    {
        var entry = await referenceLists.GetForUpdateAsync(request.List, request.Code, cancellationToken)
            ?? throw new NotFoundException(request.List.ToString(), request.Code);
        if (entry.Active != request.Active)
        {
            await referenceLists.SetActiveAsync(request.List, entry.Code, request.Active, user.UserName, timeProvider.GetUtcNow(), cancellationToken);
            await auditTrail.RecordAsync(new AuditEntry(ClassificationContracts.ModuleName,
                request.Active ? $"{request.List}Activated" : $"{request.List}Deactivated", request.List.ToString(), entry.Code), cancellationToken);
        }

        return new ReferenceCodeDto(entry.Code, entry.Description, request.Active);
    }
}
