using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Intake.Application.WatchAcknowledgementDeadlines;

/// <summary>One sweep over open acknowledgements: reminders for those due soon, a breach (once) for those overdue.</summary>
internal sealed record WatchAcknowledgementDeadlinesCommand : ICommand<DeadlineSweepResult>;

internal sealed record DeadlineSweepResult(int Reminded, int Breached, IReadOnlyList<Guid> CorrespondenceToSend);
