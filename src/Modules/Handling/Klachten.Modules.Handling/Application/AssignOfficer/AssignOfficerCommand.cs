using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Application.Abstractions;

namespace Klachten.Modules.Handling.Application.AssignOfficer;

/// <summary>The quality manager assigns <see cref="Officer"/>; a complaints officer omits it (or names themselves) to take the case.</summary>
internal sealed record AssignOfficerCommand(Guid ComplaintId, string? Officer) : ICommand<CaseStepResult>;
