using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Classification.Application.Abstractions;
using Klachten.Modules.Classification.Domain;

namespace Klachten.Modules.Classification.Application.SetReferenceCodeActive;

/// <summary>An inactive category or root cause cannot be chosen for new classifications; existing ones keep it.</summary>
internal sealed record SetReferenceCodeActiveCommand(ReferenceList List, string Code, bool Active)
    : ICommand<ReferenceCodeDto>
{
    public string Code { get; init; } = ReferenceCode.Normalize(Code)!;
}
