using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.PreventiveAction.Application.WatchDeadlines;

/// <summary>One round of the deadline sweep; every notification it writes is written once, however often or wherever it runs.</summary>
internal sealed record WatchDeadlinesCommand : ICommand<WatchDeadlinesResult>;

internal sealed record WatchDeadlinesResult(int DueReminders, int OverdueNotices, int ReviewReminders, int YearlyReminders);
