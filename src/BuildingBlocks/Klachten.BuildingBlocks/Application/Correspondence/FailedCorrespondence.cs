using System.ComponentModel;
using FluentValidation;
using Klachten.BuildingBlocks.Web;

namespace Klachten.BuildingBlocks.Application.Correspondence;

/// <summary>An e-mail whose last attempt failed and that is waiting for its next one (status Pending, with an error).</summary>
public sealed record FailedCorrespondenceDto(
    [property: OneOfRegistered(NameSets.LetterKind, ListsModules = true)] string Module,
    Guid Id,
    Guid ComplaintId,
    [property: OneOfRegistered(NameSets.LetterKind)] string Kind,
    [property: OneOfRegistered(NameSets.LetterChannel)] string Channel,
    string? RecipientName,
    string? RecipientAddress,
    string Subject,
    int Attempts,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt);

/// <summary>
/// A module's correspondence table as the cross-module overview of failed letters sees it: each module implements it over its
/// own schema, so that no module (and not the building blocks) reads another's tables.
/// </summary>
public interface IModuleCorrespondence
{
    string Module { get; }

    Task<IReadOnlyList<FailedCorrespondenceDto>> ListFailedAsync(CancellationToken cancellationToken);

    /// <summary>
    /// In the running unit of work: makes the failed e-mail due now and registers its sending after commit. False when the module
    /// has no failed e-mail with this id (sent meanwhile, never failed, unknown).
    /// </summary>
    Task<bool> ResendAsync(Guid id, CancellationToken cancellationToken);
}

/// <summary>The statuses the overview across modules lists (its status query value): only the e-mails whose last attempt failed.</summary>
public static class CorrespondenceOverviewStatus
{
    [Description("Laatste verzendpoging mislukt")]
    public const string Failed = nameof(Failed);
}

/// <summary>Status: only <see cref="CorrespondenceOverviewStatus.Failed"/> is listed across modules.</summary>
public sealed record ListCorrespondenceQuery(string? Status) : IQuery<IReadOnlyList<FailedCorrespondenceDto>>;

public sealed record ResendCorrespondenceCommand(string Module, Guid Id) : ICommand<ResentCorrespondenceDto>;

public sealed record ResentCorrespondenceDto(
    [property: OneOfRegistered(NameSets.LetterKind, ListsModules = true)] string Module, Guid Id,
    [property: OneOfRegistered(NameSets.LetterStatus)] string Status);

internal sealed class ListCorrespondenceQueryValidator : AbstractValidator<ListCorrespondenceQuery>
{
    public ListCorrespondenceQueryValidator() =>
        RuleFor(q => q.Status).Must(s => string.Equals(s?.Trim(), CorrespondenceOverviewStatus.Failed, StringComparison.OrdinalIgnoreCase))
            .WithMessage("The status must be Failed: the overview across modules lists the e-mails whose last attempt failed.");
}

internal sealed class ListCorrespondenceQueryHandler(IEnumerable<IModuleCorrespondence> modules, IAuditTrail audit)
    : IQueryHandler<ListCorrespondenceQuery, IReadOnlyList<FailedCorrespondenceDto>>
{
    public async Task<IReadOnlyList<FailedCorrespondenceDto>> Handle(ListCorrespondenceQuery query, CancellationToken cancellationToken)
    {
        var failed = new List<FailedCorrespondenceDto>();
        foreach (var module in modules.OrderBy(m => m.Module, StringComparer.Ordinal))
        {
            failed.AddRange(await module.ListFailedAsync(cancellationToken));
        }

        // Recipients are personal data: the list is audited like every other read of complaint data.
        await audit.RecordAsync(new AuditEntry("Correspondence", "FailedCorrespondenceListed", "Correspondence", "failed",
            new { count = failed.Count }), cancellationToken);
        return failed.OrderBy(f => f.CreatedAt).ThenBy(f => f.Id).ToList();
    }
}

internal sealed class ResendCorrespondenceCommandHandler(IEnumerable<IModuleCorrespondence> modules, IAuditTrail audit)
    : ICommandHandler<ResendCorrespondenceCommand, ResentCorrespondenceDto>
{
    public async Task<ResentCorrespondenceDto> Handle(ResendCorrespondenceCommand command, CancellationToken cancellationToken)
    {
        var module = modules.FirstOrDefault(m => string.Equals(m.Module, command.Module, StringComparison.OrdinalIgnoreCase))
            ?? throw new NotFoundException("Module", command.Module);
        if (!await module.ResendAsync(command.Id, cancellationToken))
        {
            throw new NotFoundException("Failed correspondence", command.Id);
        }

        await audit.RecordAsync(new AuditEntry(module.Module, "CorrespondenceResent", "Correspondence", command.Id.ToString()), cancellationToken);
        return new ResentCorrespondenceDto(module.Module, command.Id, "Pending");
    }
}
