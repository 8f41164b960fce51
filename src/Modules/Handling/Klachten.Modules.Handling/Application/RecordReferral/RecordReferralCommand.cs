using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Application.Abstractions;

namespace Klachten.Modules.Handling.Application.RecordReferral;

/// <summary>The complainant took the complaint to the disputes committee; <see cref="Body"/> defaults to the configured committee.</summary>
internal sealed record RecordReferralCommand(Guid ComplaintId, DateOnly? SubmittedOn, string? Body, string? CaseNumber) : ICommand<CaseStepResult>;
