using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Application.Abstractions;

namespace Klachten.Modules.Handling.Application.CloseCase;

internal sealed record CloseCaseCommand(Guid ComplaintId, bool? ComplainantSatisfied) : ICommand<CaseStepResult>;
