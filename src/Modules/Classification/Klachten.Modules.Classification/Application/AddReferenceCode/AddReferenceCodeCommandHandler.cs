using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Domain;
using Klachten.Modules.Classification.Application.Abstractions;
using Klachten.Modules.Classification.Contracts;

namespace Klachten.Modules.Classification.Application.AddReferenceCode;

internal sealed class AddReferenceCodeCommandHandler(
    IReferenceListRepository referenceLists, ICurrentUser user, IAuditTrail auditTrail, TimeProvider timeProvider)
    : ICommandHandler<AddReferenceCodeCommand, ReferenceCodeDto>
{
    public async Task<ReferenceCodeDto> Handle(AddReferenceCodeCommand request, CancellationToken cancellationToken)
    {
        var code = request.Code;
        var description = request.Description;
        if (!await referenceLists.AddAsync(request.List, code, description, user.UserName, timeProvider.GetUtcNow(), cancellationToken))
        {
            throw new DomainRuleException("code_exists",
                $"The {request.List} code '{code}' exists already (codes are compared regardless of case).");
        }

        await auditTrail.RecordAsync(new AuditEntry(ClassificationContracts.ModuleName, $"{request.List}Added", request.List.ToString(), code,
            new { Description = description }), cancellationToken);
        return new ReferenceCodeDto(code, description, true);
    }
}
