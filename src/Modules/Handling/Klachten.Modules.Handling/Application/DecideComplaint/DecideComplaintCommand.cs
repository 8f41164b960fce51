using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Application.Abstractions;

namespace Klachten.Modules.Handling.Application.DecideComplaint;

internal sealed record DecideComplaintCommand(Guid ComplaintId, string? Outcome, string? Reasoning, string? Remedy) : ICommand<CaseStepResult>;
