using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Classification.Application.Abstractions;
using Klachten.Modules.Classification.Domain;

namespace Klachten.Modules.Classification.Application.GetReferenceCodes;

internal sealed record GetReferenceCodesQuery(ReferenceList List) : IQuery<IReadOnlyList<ReferenceCodeDto>>;
