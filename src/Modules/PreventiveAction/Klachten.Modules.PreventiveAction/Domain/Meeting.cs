using Klachten.BuildingBlocks.Domain;

namespace Klachten.Modules.PreventiveAction.Domain;

internal enum MeetingKind
{
    Regular,
    YearlyComplaints,
}

internal enum AgendaItemKind
{
    PeriodReport,
    YearlyAnalysis,
    MeasureToDecide,
    MeasureToPresent,
}

/// <summary>What an agenda item is about: a saved period report, a published yearly analysis (year, version) or a measure.</summary>
internal sealed record AgendaItem(
    Guid Id, int Position, AgendaItemKind Kind, Guid? ReportId, int? AnalysisYear, int? AnalysisVersion, Guid? MeasureId, string Title,
    string AddedBy, DateTimeOffset AddedAt)
{
    public bool IsAbout(AgendaItemKind kind, Guid? reportId, int? year, int? version, Guid? measureId) =>
        Kind == kind && ReportId == reportId && AnalysisYear == year && AnalysisVersion == version && MeasureId == measureId;
}

internal sealed record Minutes(string Text, string RecordedBy, DateTimeOffset RecordedAt);

internal static class MeetingErrors
{
    public const string Closed = "meeting_closed";
    public const string AgendaItemExists = "agenda_item_exists";
    public const string MinutesMissing = "minutes_missing";
    public const string YearlyAnalysisNotOnAgenda = "yearly_analysis_not_on_agenda";
    public const string MeasuresNotOnAgenda = "measures_not_on_agenda";
    public const string ReportNotFound = "report_not_found";
}

/// <summary>
/// An office meeting (kantooroverleg): its agenda, minutes and closure. The yearly complaints meeting discusses the published
/// yearly analysis and presents the measures with it (the seed): it cannot be closed without both on its agenda.
/// </summary>
internal sealed class Meeting
{
    private readonly List<AgendaItem> _agenda = [];
    private readonly List<AgendaItem> _newItems = [];

    private Meeting(Guid id, DateOnly heldOn, MeetingKind kind, string title, IReadOnlyList<string> participants, string createdBy,
        DateTimeOffset createdAt)
    {
        Id = id;
        HeldOn = heldOn;
        Kind = kind;
        Title = title;
        Participants = participants;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public Guid Id { get; }
    public DateOnly HeldOn { get; }
    public MeetingKind Kind { get; }
    public string Title { get; }
    public IReadOnlyList<string> Participants { get; }
    public string CreatedBy { get; }
    public DateTimeOffset CreatedAt { get; }
    public IReadOnlyList<AgendaItem> Agenda => _agenda;
    public IReadOnlyList<AgendaItem> NewItems => _newItems;
    public Minutes? Minutes { get; private set; }
    public string? ClosedBy { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public int Version { get; private set; }
    public bool IsClosed => ClosedAt is not null;

    public static Meeting Plan(Guid id, DateOnly heldOn, MeetingKind kind, string? title, IReadOnlyList<string> participants, string by,
        DateTimeOffset at) =>
        new(id, heldOn, kind, string.IsNullOrWhiteSpace(title) ? DefaultTitle(kind, heldOn) : title.Trim(), participants, by, at);

    public static Meeting Restore(Guid id, DateOnly heldOn, MeetingKind kind, string title, IReadOnlyList<string> participants,
        string createdBy,
        DateTimeOffset createdAt, IEnumerable<AgendaItem> agenda, Minutes? minutes, string? closedBy, DateTimeOffset? closedAt, int version)
    {
        var meeting = new Meeting(id, heldOn, kind, title, participants, createdBy, createdAt)
        {
            Minutes = minutes,
            ClosedBy = closedBy,
            ClosedAt = closedAt,
            Version = version,
        };
        meeting._agenda.AddRange(agenda.OrderBy(i => i.Position));
        return meeting;
    }

    public AgendaItem AddAgendaItem(Guid id, AgendaItemKind kind, Guid? reportId, int? year, int? version, Guid? measureId, string title,
        string by, DateTimeOffset at)
    {
        EnsureOpen();
        if (_agenda.Any(i => i.IsAbout(kind, reportId, year, version, measureId)))
        {
            throw new DomainRuleException(MeetingErrors.AgendaItemExists, "That item is on the agenda already.");
        }

        var item = new AgendaItem(id, _agenda.Count + 1, kind, reportId, year, version, measureId, title, by, at);
        _agenda.Add(item);
        _newItems.Add(item);
        return item;
    }

    /// <summary>The minutes may be rewritten until the meeting is closed; then they are final.</summary>
    public Minutes RecordMinutes(string text, string by, DateTimeOffset at)
    {
        EnsureOpen();
        Minutes = new Minutes(text, by, at);
        return Minutes;
    }

    public void Close(string by, DateTimeOffset at)
    {
        if (WhyNotClose() is { } refusal)
        {
            throw refusal;
        }

        ClosedBy = by;
        ClosedAt = at;
    }

    /// <summary>Management's decision may name this meeting while it is open.</summary>
    public void EnsureOpen()
    {
        if (WhyClosed() is { } refusal)
        {
            throw refusal;
        }
    }

    // What the meeting allows now: the steps check these, and MeetingActions offers a screen the steps for which they find nothing.

    /// <summary>Why nothing (agenda, minutes, a decision naming it) can be added now; null while the meeting is open.</summary>
    public DomainRuleException? WhyClosed() =>
        IsClosed ? new DomainRuleException(MeetingErrors.Closed, $"The meeting of {HeldOn:yyyy-MM-dd} is closed.") : null;

    public DomainRuleException? WhyNotClose() =>
        WhyClosed()
        ?? (Minutes is null
            ? new DomainRuleException(MeetingErrors.MinutesMissing, "A meeting is closed with its minutes recorded.")
            : null)
        ?? (Kind == MeetingKind.YearlyComplaints && !_agenda.Any(i => i.Kind == AgendaItemKind.YearlyAnalysis)
            ? new DomainRuleException(MeetingErrors.YearlyAnalysisNotOnAgenda,
                "The yearly complaints meeting discusses the published yearly analysis: put it on the agenda before closing.")
            : null)
        ?? (Kind == MeetingKind.YearlyComplaints
            && !_agenda.Any(i => i.Kind is AgendaItemKind.MeasureToDecide or AgendaItemKind.MeasureToPresent)
            ? new DomainRuleException(MeetingErrors.MeasuresNotOnAgenda,
                "The measures are presented together with the analysis: put them on the agenda before closing.")
            : null);

    private static string DefaultTitle(MeetingKind kind, DateOnly heldOn) => kind == MeetingKind.YearlyComplaints
        ? $"Jaarlijks kantooroverleg klachten {heldOn.Year}"
        : "Kantooroverleg";
}
