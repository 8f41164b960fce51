using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Handling.Application.SettlementDeadlines;

/// <summary>One round of the settlement deadline sweep: reminders before the due date, a recorded breach after it.</summary>
internal sealed record RecordSettlementDeadlinesCommand : ICommand<SettlementDeadlinesResult>;

internal sealed record SettlementDeadlinesResult(int Reminders, int Breaches, IReadOnlyList<Guid> CorrespondenceIds);
