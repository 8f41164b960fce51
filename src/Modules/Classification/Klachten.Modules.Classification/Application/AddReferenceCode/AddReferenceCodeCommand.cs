using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Classification.Application.Abstractions;
using Klachten.Modules.Classification.Domain;

namespace Klachten.Modules.Classification.Application.AddReferenceCode;

internal sealed record AddReferenceCodeCommand(ReferenceList List, string? Code, string? Description)
    : ICommand<ReferenceCodeDto>
{
    public string? Code { get; init; } = ReferenceCode.Normalize(Code);
}
