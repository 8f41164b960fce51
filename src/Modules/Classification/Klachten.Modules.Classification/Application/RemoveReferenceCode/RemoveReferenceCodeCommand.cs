using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Classification.Domain;

namespace Klachten.Modules.Classification.Application.RemoveReferenceCode;

/// <summary>Removes a category or root cause that no classification ever used (a typo); one in use can only be deactivated.</summary>
internal sealed record RemoveReferenceCodeCommand(ReferenceList List, string Code) : ICommand<MediatR.Unit>
{
    public string Code { get; init; } = ReferenceCode.Normalize(Code)!;
}
