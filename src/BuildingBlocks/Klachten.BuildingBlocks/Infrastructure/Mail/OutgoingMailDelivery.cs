using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Klachten.BuildingBlocks.Infrastructure.Mail;

/// <summary>An e-mail waiting in a module's correspondence table, claimed for sending.</summary>
public sealed record OutgoingMail(Guid Id, string Kind, int Attempts, string? RecipientAddress, string? RecipientName, string Subject, string Body)
{
    /// <summary>Why the store could not compose the text (e.g. a letter kind this version does not know): a failed attempt, not a crash.</summary>
    public string? ComposeError { get; init; }

    /// <summary>Sent with the text: the letter as printed (PDF), so that the complainant can keep or print it.</summary>
    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];
}

/// <summary>
/// A module's correspondence table as <see cref="OutgoingMailDelivery{TStore}"/> sees it: the module's own SQL to list the rows
/// due, claim one and record how sending it went. Every method but <see cref="ListDueAsync"/> runs in the claiming transaction.
/// </summary>
public interface IOutgoingMailStore
{
    /// <summary>Ids of pending e-mails whose (next) attempt is due at <paramref name="now"/>, oldest first.</summary>
    Task<IReadOnlyList<Guid>> ListDueAsync(NpgsqlConnection connection, DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Locks the row when it is still pending and nobody else holds it (<c>FOR UPDATE SKIP LOCKED</c>) and returns the e-mail;
    /// null when it was sent already or another host is sending it right now.
    /// </summary>
    Task<OutgoingMail?> ClaimAsync(NpgsqlTransaction transaction, Guid id, CancellationToken cancellationToken);

    Task MarkSentAsync(NpgsqlTransaction transaction, OutgoingMail mail, DateTimeOffset sentAt, CancellationToken cancellationToken);

    Task MarkFailedAsync(NpgsqlTransaction transaction, OutgoingMail mail, string error, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken);
}

/// <summary>
/// Sends a module's pending e-mails, each in its own short transaction under its row lock: a command's own letter sent right
/// after commit and the sweep on any host never send one row at the same time, no lock is held while other e-mails go out,
/// and a crash sends again at most the one e-mail it was sending (delivery is at least once). A failure stays visible
/// (attempts, last error) and is retried after <see cref="RetryDelay"/>; nothing is dropped.
/// </summary>
public sealed class OutgoingMailDelivery<TStore>(
    NpgsqlDataSource dataSource, TStore store, IEmailSender emailSender, TimeProvider timeProvider, ILogger<OutgoingMailDelivery<TStore>> logger)
    where TStore : IOutgoingMailStore
{
    public const int BatchSize = 50;

    /// <summary>Thirty seconds after the first failure, doubling with every further one, at most an hour.</summary>
    public static TimeSpan RetryDelay(int failedAttempts) =>
        TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, Math.Clamp(failedAttempts - 1, 0, 10))));

    /// <summary>Sends the given e-mails when they are still pending (just committed by a command). Returns how many were sent.</summary>
    public async Task<int> DeliverAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var id in ids)
        {
            if (await DeliverOneAsync(id, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    /// <summary>
    /// Sends e-mails a command has just committed, as its after-commit work (IUnitOfWork.AfterCommit): sending now is a courtesy,
    /// so a failure is logged and left to the module's sweep, never thrown: the commit stands and the caller gets its answer.
    /// </summary>
    public async Task DeliverAfterCommitAsync(IReadOnlyCollection<Guid> ids)
    {
        try
        {
            await DeliverAsync(ids, CancellationToken.None);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Delivering correspondence {CorrespondenceIds} right after commit failed; the sweep will retry it", ids);
        }
    }

    /// <summary>Sends everything due, a batch at a time (the sweep). Returns how many were sent.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        while (true)
        {
            IReadOnlyList<Guid> due;
            await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
            {
                due = await store.ListDueAsync(connection, timeProvider.GetUtcNow(), BatchSize, cancellationToken);
            }

            var sentNow = await DeliverAsync(due, cancellationToken);
            sent += sentNow;
            // A failed e-mail is not due again before its delay, so a full batch means more may be waiting; a batch of which
            // nothing went out (all failing, or other hosts sending them) ends the sweep rather than listing them again.
            if (due.Count < BatchSize || sentNow == 0)
            {
                return sent;
            }
        }
    }

    private async Task<bool> DeliverOneAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var mail = await store.ClaimAsync(transaction, id, cancellationToken);
        if (mail is null)
        {
            return false;
        }

        var sent = false;
        try
        {
            if (mail.ComposeError is not null)
            {
                throw new InvalidOperationException(mail.ComposeError);
            }

            if (string.IsNullOrWhiteSpace(mail.RecipientAddress))
            {
                throw new InvalidOperationException("The correspondence has no e-mail address.");
            }

            await emailSender.SendAsync(new EmailMessage(mail.RecipientAddress, mail.RecipientName, mail.Subject, mail.Body)
            {
                Attachments = mail.Attachments,
            }, cancellationToken);
            sent = true;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var delay = RetryDelay(mail.Attempts + 1);
            logger.LogWarning(exception, "Sending correspondence {CorrespondenceId} ({Kind}) failed, attempt {Attempt}; retry in {Delay}",
                mail.Id, mail.Kind, mail.Attempts + 1, delay);
            await store.MarkFailedAsync(transaction, mail, $"{exception.GetType().Name}: {exception.Message}", timeProvider.GetUtcNow() + delay,
                cancellationToken);
        }

        if (sent)
        {
            // Sent is sent: record it even when the caller gives up now.
            await store.MarkSentAsync(transaction, mail, timeProvider.GetUtcNow(), CancellationToken.None);
        }

        await transaction.CommitAsync(CancellationToken.None);
        return sent;
    }
}

public static class OutgoingMailServiceCollectionExtensions
{
    /// <summary>Registers a module's <typeparamref name="TStore"/> and the <see cref="OutgoingMailDelivery{TStore}"/> that sends from it.</summary>
    public static IServiceCollection AddOutgoingMail<TStore>(this IServiceCollection services)
        where TStore : class, IOutgoingMailStore
    {
        services.AddScoped<TStore>();
        services.AddScoped<OutgoingMailDelivery<TStore>>();
        return services;
    }
}
