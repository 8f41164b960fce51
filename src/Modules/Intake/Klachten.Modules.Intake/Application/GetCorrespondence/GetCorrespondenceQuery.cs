using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Intake.Application.GetCorrespondence;

internal sealed record GetCorrespondenceQuery(Guid ComplaintId) : IQuery<IReadOnlyList<CorrespondenceDto>>;
