using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Handling.Application.GetCase;

internal sealed record GetCaseQuery(Guid ComplaintId) : IQuery<CaseDetailsDto>;
