using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.PreventiveAction.Application.GetTrainingOverview;

/// <summary>Who was trained in what in <see cref="Year"/> (the Bki expects yearly training of collection staff).</summary>
internal sealed record GetTrainingOverviewQuery(string? Year) : IQuery<TrainingOverviewDto>;

internal sealed record TrainingOverviewDto(int Year, IReadOnlyList<TrainedDto> Trained);

internal sealed record TrainedDto
{
    public string Participant { get; init; } = "";
    public string Topic { get; init; } = "";
    public DateOnly HeldOn { get; init; }
    public string Trainer { get; init; } = "";
    public Guid MeasureId { get; init; }
    public string MeasureReference { get; init; } = "";
}
