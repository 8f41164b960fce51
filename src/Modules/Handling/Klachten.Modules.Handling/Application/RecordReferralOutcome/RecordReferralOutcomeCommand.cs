using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Application.Abstractions;

namespace Klachten.Modules.Handling.Application.RecordReferralOutcome;

internal sealed record RecordReferralOutcomeCommand(Guid ComplaintId, string? Outcome, DateOnly? DecidedOn) : ICommand<CaseStepResult>;
