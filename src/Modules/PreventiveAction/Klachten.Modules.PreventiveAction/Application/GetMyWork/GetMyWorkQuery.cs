using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.GetMyWork;

/// <summary>The logged-in colleague's measures (open ones first) and the training sessions they are to attend.</summary>
internal sealed record GetMyWorkQuery : IQuery<MyWorkDto>;

internal sealed record MyWorkDto(IReadOnlyList<MyMeasureDto> Measures, IReadOnlyList<MySessionDto> Sessions);

internal sealed record MyMeasureDto
{
    public Guid Id { get; init; }
    public string Reference { get; init; } = "";
    public string Title { get; init; } = "";
    [OneOf(typeof(MeasureKind))]
    public string Kind { get; init; } = "";
    [OneOf(typeof(MeasureStatus))]
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
