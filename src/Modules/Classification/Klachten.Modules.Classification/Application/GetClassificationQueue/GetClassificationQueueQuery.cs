using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Classification.Application.GetClassificationQueue;

internal sealed record GetClassificationQueueQuery(int Page, int PageSize) : IQuery<ClassificationQueueDto>;
