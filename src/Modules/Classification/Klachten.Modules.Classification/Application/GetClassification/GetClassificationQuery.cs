using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Classification.Application.GetClassification;

internal sealed record GetClassificationQuery(Guid ComplaintId) : IQuery<ClassificationDto>;
