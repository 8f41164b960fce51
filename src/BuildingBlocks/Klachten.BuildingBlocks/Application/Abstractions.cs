using System.ComponentModel;

namespace Klachten.BuildingBlocks.Application;

/// <summary>The scope's connection and transaction. Commands get it from the pipeline; event handlers from the delivery.</summary>
public interface IUnitOfWork
{
    bool IsActive { get; }
    Task BeginAsync(CancellationToken cancellationToken);
    Task CommitAsync(CancellationToken cancellationToken);
    Task RollbackAsync();

    /// <summary>
    /// Work to do once this unit of work has committed (send a letter, wake a delivery loop): never run when it rolls back,
    /// and run after the connection is released. Endpoints never do such work themselves.
    /// </summary>
    void AfterCommit(Func<CancellationToken, Task> work);
}

/// <summary>Who is acting: the logged-in user of a request, or the system in a background job.</summary>
public interface ICurrentUser
{
    string UserName { get; }
    bool IsAuthenticated { get; }
    bool IsInRole(string role);
    IReadOnlyCollection<string> Roles { get; }
}

/// <summary>Writes integration events to the sending module's outbox, inside the current transaction.</summary>
public interface IOutbox
{
    Task EnqueueAsync<TEvent>(TEvent integrationEvent, CancellationToken cancellationToken) where TEvent : class;
}

/// <summary>Handles an integration event of another module. Runs once per event, in its own transaction.</summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : class
{
    Task Handle(TEvent integrationEvent, CancellationToken cancellationToken);
}

/// <summary>
/// Handles all events of one type from one delivery batch together, in outbox order and in one transaction, so their
/// writes can be combined into a few statements. The inbox has already removed events this handler handled before.
/// </summary>
public interface IIntegrationEventBatchHandler<in TEvent> where TEvent : class
{
    Task Handle(IReadOnlyList<TEvent> integrationEvents, CancellationToken cancellationToken);
}

/// <summary>
/// Marks a handler whose effect is the same however often an event reaches it, because its writes are keyed by what the
/// event is about (e.g. an insert keyed by the complaint with ON CONFLICT DO NOTHING, recording only what it inserted).
/// Delivery keeps no inbox record for such a handler: the record would only repeat what the handler's own key guarantees,
/// at the cost of a row, an index entry and a round trip per event.
/// </summary>
public interface IIdempotentIntegrationEventHandler;

/// <summary>Records who read or changed which complaint data, and when (geheimhouding).</summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>Records many entries in one statement, in the running transaction (a batch handler's unit of work).</summary>
    Task RecordAsync(IReadOnlyCollection<AuditEntry> entries, CancellationToken cancellationToken);
}

/// <param name="Actor">Who acted, when not the current user: set it where there is no request (a batch writer's loop).</param>
public sealed record AuditEntry(string Module, string Action, string SubjectType, string SubjectId, object? Details = null, string? Actor = null);

/// <summary>The roles of docs/procedure.md, as they appear in tokens, each with its Dutch name (the API document lists them).</summary>
public static class Roles
{
    [Description("Medewerker")]
    public const string Employee = nameof(Employee);

    [Description("Klachtenfunctionaris")]
    public const string ComplaintsOfficer = nameof(ComplaintsOfficer);

    [Description("Kwaliteitsmanager")]
    public const string QualityManager = nameof(QualityManager);

    [Description("Directie")]
    public const string Management = nameof(Management);

    [Description("Beheer")]
    public const string Operations = nameof(Operations);

    public static readonly IReadOnlyList<string> All = [Employee, ComplaintsOfficer, QualityManager, Management, Operations];

    /// <summary>The roles that see every complaint's content and every report (docs/procedure.md, Confidentiality).</summary>
    public static readonly IReadOnlyList<string> SeeAllComplaints = [QualityManager, Management];

    /// <summary>The same, comma-separated, as ASP.NET Core's RequireRole and [Authorize(Roles)] take it.</summary>
    public const string SeeAllComplaintsList = QualityManager + "," + Management;

    public static bool SeesAllComplaints(this ICurrentUser user) => SeeAllComplaints.Any(user.IsInRole);
}

/// <summary>
/// Where colleagues are mailed. Colleagues (collection agents, employees, complaints officers) are known by their user
/// name, the name their login carries; the quality manager's addresses are configured.
/// </summary>
public interface IStaffDirectory
{
    string AddressOf(string userName);

    /// <summary>
    /// Whether a (valid) user name can be one of the office's own people: a plain name, a name with a configured address, or
    /// a name at the office's mail domain. Not someone@gmail.com: notifications about complaints must stay inside the office.
    /// </summary>
    bool IsColleague(string userName);

    /// <summary>How a colleague is named in a letter and a To header: their configured name, else one made from the user name.</summary>
    string NameOf(string userName);

    IReadOnlyList<string> QualityManagers { get; }

    /// <summary>The office's people with their roles (ADR 0015), by user name; with a role, only those who hold it.</summary>
    IReadOnlyList<StaffMember> Members(string? role = null);

    /// <summary>Whether the directory gives the user the role: who the office says is who (a token only tells the login's roles).</summary>
    bool HasRole(string userName, string role);
}

/// <summary>One of the office's people as the staff directory knows them.</summary>
public sealed record StaffMember(
    string UserName, string DisplayName, string Email, [property: Web.OneOf(typeof(Roles))] IReadOnlyList<string> Roles);
