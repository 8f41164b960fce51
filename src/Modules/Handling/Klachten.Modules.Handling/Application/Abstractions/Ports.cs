using System.ComponentModel;
using Klachten.Modules.Handling.Domain;
using Klachten.Modules.Intake.Contracts;

namespace Klachten.Modules.Handling.Application.Abstractions;

/// <summary>Loads and saves handling cases inside the running command's transaction.</summary>
internal interface IHandlingCaseRepository
{
    /// <summary>Inserts new cases in one statement; returns the complaints whose case did not exist yet.</summary>
    Task<IReadOnlySet<Guid>> AddAsync(IReadOnlyList<HandlingCase> newCases, CancellationToken cancellationToken);

    /// <summary>The case as it stands, read outside any transaction (a preview); null when there is none.</summary>
    Task<HandlingCase?> FindAsync(Guid complaintId, CancellationToken cancellationToken);

    /// <summary>Loads the case and locks its row until the transaction ends, so concurrent steps on one case run one after the other.</summary>
    Task<HandlingCase> GetForUpdateAsync(Guid complaintId, CancellationToken cancellationToken);

    /// <summary>Saves the changes; throws ConcurrencyConflictException when the case changed since it was loaded.</summary>
    Task SaveAsync(HandlingCase handlingCase, CancellationToken cancellationToken);
}

internal enum CorrespondenceKind
{
    [Description("Bericht van verlenging van de termijn")]
    ExtensionNotice,
    [Description("Beslissingsbrief")]
    DecisionLetter,
    [Description("Herinnering afhandelingstermijn")]
    SettlementReminder,
    [Description("Afhandelingstermijn overschreden")]
    BreachNotice,
}

/// <summary>A letter or notice as written: recorded in the command's transaction, delivered after commit or by the sweep.</summary>
internal sealed record OutgoingCorrespondence(
    Guid ComplaintId,
    CorrespondenceKind Kind,
    CorrespondenceChannel Channel,
    string? RecipientName,
    string? RecipientEmail,
    string? RecipientAddress,
    string Subject,
    string Body);

/// <summary>A stored letter of a case as posting reads it.</summary>
internal sealed record StoredLetter(Guid Id, string Kind, string Channel, string Status);

internal interface ICorrespondenceRepository
{
    /// <summary>Records the correspondence in the running transaction: Pending for e-mail, Printed for a letter to be posted.</summary>
    Task<Guid> RecordAsync(OutgoingCorrespondence correspondence, CancellationToken cancellationToken);

    /// <summary>The case's letter, locked until the transaction ends; null when the case has no letter with this id.</summary>
    Task<StoredLetter?> GetForPostingAsync(Guid complaintId, Guid letterId, CancellationToken cancellationToken);

    Task MarkPostedAsync(Guid letterId, DateTimeOffset postedAt, string postedBy, CancellationToken cancellationToken);
}

/// <summary>
/// Sends correspondence once the transaction that recorded it has committed: handlers register the call with
/// IUnitOfWork.AfterCommit. It never throws; what fails stays Pending and handling-send-correspondence sends it.
/// </summary>
internal interface ICorrespondenceDispatch
{
    Task DeliverNowAsync(IReadOnlyCollection<Guid> correspondenceIds);
}

internal sealed record RenderedLetter(string Subject, string Body);

/// <summary>The module's Dutch letters and internal notices.</summary>
internal interface ILetterTemplates
{
    RenderedLetter ExtensionNotice(ComplainantContact contact, Extension extension, string officer, DateOnly letterDate);

    RenderedLetter DecisionLetter(ComplainantContact contact, Decision decision, Extension? extension, string officer, DateOnly letterDate);

    RenderedLetter SettlementReminder(string reference, DateOnly dueOn, string? officer);

    RenderedLetter BreachNotice(string reference, DateOnly dueOn, string? officer);
}

internal sealed record DeadlineCase(Guid ComplaintId, string Reference, string? Officer, DateOnly DueOn);

/// <summary>The set-based side of deadline watching: each method claims its cases once, whatever runs concurrently.</summary>
internal interface ISettlementDeadlineWatch
{
    /// <summary>Cases due between <paramref name="today"/> and <paramref name="remindUpTo"/> without a decision letter and not yet reminded for that date.</summary>
    Task<IReadOnlyList<DeadlineCase>> ClaimRemindersAsync(DateOnly today, DateOnly remindUpTo, CancellationToken cancellationToken);

    /// <summary>Cases whose due date passed without a decision letter and whose breach is not yet recorded; records it.</summary>
    Task<IReadOnlyList<DeadlineCase>> ClaimBreachesAsync(DateOnly today, DateTimeOffset recordedAt, CancellationToken cancellationToken);
}
