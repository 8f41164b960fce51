using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Classification.Application.Abstractions;
using Klachten.Modules.Classification.Domain;

namespace Klachten.Modules.Classification.Application.GetReferenceCode;

/// <summary>One category or root cause by its code (trimmed, any case); what the Location of an added entry points at.</summary>
internal sealed record GetReferenceCodeQuery(ReferenceList List, string Code) : IQuery<ReferenceCodeDto>
{
    public string Code { get; init; } = ReferenceCode.Normalize(Code)!;
}
