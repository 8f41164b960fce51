using System.ComponentModel;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.Abstractions;

/// <summary>Loads and saves measures inside the running command's transaction.</summary>
internal interface IMeasureRepository
{
    /// <summary>
    /// The next reference of <paramref name="year"/>, taken under the year's counter row lock until the transaction ends.
    /// </summary>
    Task<string> NextReferenceAsync(int year, CancellationToken cancellationToken);

    Task AddAsync(Measure measure, CancellationToken cancellationToken);

    /// <summary>
    /// Loads the measure the step changes and locks its row until the transaction ends; 404 when there is none, 412 when the
    /// request's If-Match is not its version (ADR 0018).
    /// </summary>
    Task<Measure> GetForUpdateAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Loads and locks a measure a step on another resource depends on: the request's If-Match is not about it.</summary>
    Task<Measure> LockAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// Saves the state (a new version, answered as the ETag) and appends the new steps; 412 when the If-Match's version is gone,
    /// ConcurrencyConflictException when it changed since loading without one.
    /// </summary>
    Task SaveAsync(Measure measure, CancellationToken cancellationToken);
}

internal sealed record StoredRecommendation(
    Guid RecommendationId, int AnalysisYear, int AnalysisVersion, string Text, IReadOnlyList<string> Categories,
    IReadOnlyList<string> RootCauses, MeasureKind SuggestedKind, Guid? MeasureId);

internal interface IRecommendationRepository
{
    /// <summary>Stores the recommendations, or brings them to this (later) version; returns how many were new.</summary>
    Task<int> StoreAsync(YearlyAnalysisPublished published, DateTimeOffset receivedAt, CancellationToken cancellationToken);

    Task<StoredRecommendation?> GetForUpdateAsync(Guid recommendationId, CancellationToken cancellationToken);

    Task MarkTakenAsync(Guid recommendationId, Guid measureId, CancellationToken cancellationToken);
}

internal interface IMeetingRepository
{
    Task AddAsync(Meeting meeting, CancellationToken cancellationToken);

    /// <summary>Loads the meeting the step changes, locked; 412 when the request's If-Match is not its version (ADR 0018).</summary>
    Task<Meeting> GetForUpdateAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Loads and locks a meeting a step on a measure depends on: the request's If-Match is not about it.</summary>
    Task<Meeting> LockAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Saves minutes and closure (a new version, answered as the ETag) and inserts the new agenda items.</summary>
    Task SaveAsync(Meeting meeting, CancellationToken cancellationToken);
}

internal interface ITrainingSessionRepository
{
    Task AddAsync(TrainingSession session, CancellationToken cancellationToken);

    Task<TrainingSession> GetForUpdateAsync(Guid measureId, Guid sessionId, CancellationToken cancellationToken);

    Task SaveAttendanceAsync(TrainingSession session, CancellationToken cancellationToken);

    /// <summary>Whether the measure has sessions and every one of them is held with its attendance recorded.</summary>
    Task<bool> AllHeldAsync(Guid measureId, CancellationToken cancellationToken);
}

internal enum CorrespondenceKind
{
    [Description("Herinnering streefdatum maatregel")]
    DueReminder,
    [Description("Streefdatum maatregel verstreken")]
    OverdueNotice,
    [Description("Herinnering effectiviteitsbeoordeling")]
    ReviewDueReminder,
    [Description("Herinnering voorbereiding jaaranalyse")]
    YearlyPreparationReminder,
}

/// <summary>Where one of the module's e-mails stands: recorded Pending, Sent once it went (failures stay Pending, retried).</summary>
internal enum CorrespondenceStatus
{
    [Description("Wacht op verzending")]
    Pending,
    [Description("Verzonden")]
    Sent,
}

/// <summary>A notification as written; <see cref="Key"/> makes it once-only, whichever host or sweep writes it.</summary>
internal sealed record OutgoingNotification(
    Guid? MeasureId, CorrespondenceKind Kind, string Key, string? RecipientName, string RecipientEmail, RenderedLetter Letter);

internal interface ICorrespondenceRepository
{
    /// <summary>
    /// Records the e-mail (Pending) in the running transaction, unless one with its key exists; returns its id when recorded now.
    /// </summary>
    Task<Guid?> RecordOnceAsync(OutgoingNotification notification, CancellationToken cancellationToken);
}

internal sealed record RenderedLetter(string Subject, string Body);

internal sealed record DeadlineMeasure(Guid Id, string Reference, string Title, string? Owner, DateOnly? DueOn, DateOnly? ReviewOn);

/// <summary>The module's e-mails to colleagues, in polite Dutch.</summary>
internal interface ILetterTemplates
{
    RenderedLetter DueReminder(DeadlineMeasure measure, string ownerName);

    RenderedLetter OverdueNotice(DeadlineMeasure measure, string? ownerName);

    RenderedLetter ReviewDueReminder(DeadlineMeasure measure);

    RenderedLetter YearlyPreparationReminder(int analysisYear);
}

/// <summary>The sweep's reads over the indexed dates.</summary>
internal interface IDeadlineWatch
{
    /// <summary>Measures in progress due from <paramref name="today"/> up to <paramref name="remindUpTo"/>.</summary>
    Task<IReadOnlyList<DeadlineMeasure>> DueSoonAsync(DateOnly today, DateOnly remindUpTo, CancellationToken cancellationToken);

    Task<IReadOnlyList<DeadlineMeasure>> OverdueAsync(DateOnly today, CancellationToken cancellationToken);

    Task<IReadOnlyList<DeadlineMeasure>> ReviewDueAsync(DateOnly today, CancellationToken cancellationToken);
}

/// <summary>
/// Sends correspondence once the transaction that recorded it has committed: handlers register the call with
/// IUnitOfWork.AfterCommit. It never throws; what fails stays Pending and preventive-action-send-correspondence sends it.
/// </summary>
internal interface ICorrespondenceDispatch
{
    Task DeliverNowAsync(IReadOnlyCollection<Guid> correspondenceIds);
}
