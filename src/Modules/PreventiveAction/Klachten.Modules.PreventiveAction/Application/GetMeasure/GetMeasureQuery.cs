using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.PreventiveAction.Application.GetMeasure;

internal sealed record GetMeasureQuery(Guid MeasureId) : IQuery<MeasureDetailsDto>;
