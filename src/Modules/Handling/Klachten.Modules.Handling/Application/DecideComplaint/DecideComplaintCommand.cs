using System.ComponentModel.DataAnnotations;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Domain;

namespace Klachten.Modules.Handling.Application.DecideComplaint;

internal sealed record DecideComplaintCommand(
    Guid ComplaintId, DecisionOutcome Outcome, string Reasoning, string? Remedy) : ICommand<CaseStepResult>;

/// <summary>The decision as sent, checked by <see cref="DecideComplaintCommandValidator"/>.</summary>
internal sealed record DecisionRequest(
    [property: Required, OneOf(typeof(DecisionOutcome))] string? Outcome,
    [property: Required, ReachesComplainant("Why the office decided as it did: the decision letter's reasoning.")] string? Reasoning,
    [property: ReachesComplainant("What the office offers the complainant; without it the letter says that nothing is offered.")]
    string? Remedy)
{
    public DecideComplaintCommand ToCommand(Guid complaintId) =>
        new(complaintId, EnumNames.Parse<DecisionOutcome>(Outcome), CleanText.Normalize(Reasoning!.Trim()), CleanText.Normalize(Remedy?.Trim()));
}
