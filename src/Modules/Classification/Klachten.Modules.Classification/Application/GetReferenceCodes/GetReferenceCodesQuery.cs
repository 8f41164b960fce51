using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Classification.Domain;
using Klachten.Modules.Classification.Application.Abstractions;

namespace Klachten.Modules.Classification.Application.GetReferenceCodes;

internal sealed record GetReferenceCodesQuery(ReferenceList List) : IQuery<IReadOnlyList<ReferenceCodeDto>>;
