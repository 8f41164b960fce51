using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.PreventiveAction.Application.GetMyWork;

/// <summary>The logged-in colleague's measures (open ones first) and the training sessions they are to attend.</summary>
internal sealed record GetMyWorkQuery : IQuery<MyWorkDto>;

internal sealed record MyWorkDto(IReadOnlyList<MyMeasureDto> Measures, IReadOnlyList<MySessionDto> Sessions);

internal sealed record MyMeasureDto
{
    public Guid Id { get; init; }
    public string Reference { get; init; } = "";
    public string Title { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Status { get; init; } = "";
    public DateOnly? DueOn { get; init; }
    public bool Overdue { get; init; }
}

internal sealed record MySessionDto
{
    public Guid Id { get; init; }
    public Guid MeasureId { get; init; }
    public string MeasureReference { get; init; } = "";
    public string Topic { get; init; } = "";
    public DateOnly HeldOn { get; init; }
    public string Trainer { get; init; } = "";
}
