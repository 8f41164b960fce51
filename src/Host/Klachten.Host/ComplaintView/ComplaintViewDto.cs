using System.ComponentModel;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.Classification.Contracts;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Intake.Contracts;

namespace Klachten.Host.ComplaintView;

/// <summary>
/// One complaint as a screen shows it (ADR 0017): its lifecycle status, deadlines, each module's part as the caller may see it
/// (a part the caller may not read has mayRead false and no content; a part a module has not created yet is null), every
/// module's letters, what happened in time order, the actions the caller may take now, and the ETag of each part to send as
/// If-Match with a change in that module.
/// </summary>
internal sealed record ComplaintViewDto(
    Guid Id,
    string Reference,
    ComplaintLifecycleStatus Status,
    ComplaintDeadlinesDto Deadlines,
    ComplaintRegistrationView Registration,
    ComplaintClassificationView? Classification,
    HandlingCaseView? Handling,
    IReadOnlyList<ComplaintLetterDto> Letters,
    IReadOnlyList<TimelineEntryDto> Timeline,
    [property: OneOf(typeof(IntakeActions), typeof(ClassificationActions), typeof(HandlingActions))] IReadOnlyList<string> AllowedActions,
    ComplaintETagsDto ETags);

/// <summary>Where a complaint stands, in one vocabulary for every module (<see cref="ComplaintLifecycle.Of"/>).</summary>
internal enum ComplaintLifecycleStatus
{
    [Description("Geregistreerd")]
    Registered,
    [Description("Ontvangst bevestigd")]
    Acknowledged,
    [Description("Geclassificeerd")]
    Classified,
    [Description("In behandeling")]
    InHandling,
    [Description("Besloten")]
    Decided,
    [Description("Voorgelegd aan de externe instantie")]
    Referred,
    [Description("Afgesloten")]
    Closed,
}

/// <param name="SettlementDueOn">the settlement term in force (extended or not)</param>
/// <param name="OriginalSettlementDueOn">the settlement term of the registration</param>
/// <param name="AcknowledgementBreached">the acknowledgement term passed without an acknowledgement</param>
/// <param name="SettlementOverdue">the term in force passed without a decision letter</param>
internal sealed record ComplaintDeadlinesDto(
    DateOnly AcknowledgementDueOn,
    DateTimeOffset? AcknowledgedAt,
    bool AcknowledgementBreached,
    DateOnly OriginalSettlementDueOn,
    DateOnly SettlementDueOn,
    bool Extended,
    bool SettlementOverdue);

/// <param name="Module">Intake or Handling</param>
/// <param name="Kind">the module's letter or notice (Acknowledgement, ExtensionNotice, DecisionLetter, ...)</param>
/// <param name="Status">Draft, Pending, Sent, Printed or Posted</param>
/// <param name="SentAt">when an e-mail was sent</param>
/// <param name="PostedAt">when a printed letter was recorded as posted</param>
internal sealed record ComplaintLetterDto(
    Guid Id,
    [property: OneOfRegistered(NameSets.LetterKind, ListsModules = true)] string Module,
    [property: OneOfRegistered(NameSets.LetterKind)] string Kind,
    [property: OneOfRegistered(NameSets.LetterChannel)] string Channel,
    [property: OneOfRegistered(NameSets.LetterStatus)] string Status,
    string? RecipientName, string? Subject, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, DateTimeOffset? PostedAt);

/// <param name="Module">the module that recorded it</param>
/// <param name="By">who did it (a user name; "system" for the system)</param>
/// <param name="Detail">what it was, in a few words (an officer, an outcome, a letter's kind); null where the kind says it all</param>
internal sealed record TimelineEntryDto(
    DateTimeOffset At, TimelineKind Kind, [property: OneOf(typeof(ComplaintViewModules))] string Module, string? By, string? Detail);

/// <summary>The modules whose parts the complaint view composes (the timeline's module), with their Dutch names.</summary>
internal static class ComplaintViewModules
{
    [Description("Registratie")]
    public const string Intake = IntakeContracts.ModuleName;

    [Description("Classificatie")]
    public const string Classification = ClassificationContracts.ModuleName;

    [Description("Behandeling")]
    public const string Handling = HandlingContracts.ModuleName;
}

internal enum TimelineKind
{
    [Description("Geregistreerd")]
    Registered,
    [Description("Ontvangst bevestigd")]
    Acknowledged,
    [Description("Bevestigingstermijn overschreden")]
    AcknowledgementDeadlineBreached,
    [Description("Geclassificeerd")]
    Classified,
    [Description("Classificatie gewijzigd")]
    Reclassified,
    [Description("Behandelaar toegewezen")]
    Assigned,
    [Description("Contact met de klager")]
    Contact,
    [Description("Termijn verlengd")]
    Extended,
    [Description("Besloten")]
    Decided,
    [Description("Brief verzonden (e-mail)")]
    LetterSent,
    [Description("Brief verzonden (post)")]
    LetterPosted,
    [Description("Afhandelingstermijn overschreden")]
    SettlementDeadlineBreached,
    [Description("Voorgelegd aan de externe instantie")]
    Referred,
    [Description("Uitspraak van de externe instantie")]
    ReferralConcluded,
    [Description("Afgesloten")]
    Closed,
}

/// <summary>The ETag of each part (null where the part does not exist yet), to send as If-Match with a change in its module.</summary>
internal sealed record ComplaintETagsDto(string Registration, string? Classification, string? Handling);
