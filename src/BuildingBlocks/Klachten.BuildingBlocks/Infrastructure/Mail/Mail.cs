using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Calendar;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Klachten.BuildingBlocks.Infrastructure.Mail;

/// <summary>A written communication to a complainant or colleague, in plain text (letters are Dutch; see the module templates).</summary>
public sealed record EmailMessage(string ToAddress, string? ToName, string Subject, string TextBody)
{
    /// <summary>Files sent with the text (the printed letter as PDF).</summary>
    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];
}

public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

public interface IEmailSender
{
    /// <summary>Sends, or throws: a caller records a failure and retries, it never assumes success.</summary>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

public sealed class MailOptions
{
    public const string SectionName = "Mail";

    /// <summary>"Smtp" sends for real; "PickupDirectory" writes each message as an .eml file (Development).</summary>
    public string Delivery { get; set; } = "PickupDirectory";

    public string FromAddress { get; set; } = "klachten@example.nl";
    public string FromName { get; set; } = "Klachtenfunctionaris";
    public string PickupDirectory { get; set; } = ".klachten/mail";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public bool SmtpUseStartTls { get; set; } = true;
    public string? SmtpUserName { get; set; }
    public string? SmtpPassword { get; set; }
}

internal static class MimeMessages
{
    public static MimeMessage Create(EmailMessage message, MailOptions options, TimeProvider timeProvider)
    {
        // The office writes in Amsterdam time: a letter of 10:00 says 10:00 +0100 (or +0200 in summer), not 09:00 +0000.
        var mime = new MimeMessage { Date = TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), AmsterdamTime.Zone) };
        mime.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        // MimeKit encodes headers safely; the name and subject are still cleaned as every unchecked value of a letter is.
        mime.To.Add(new MailboxAddress(CleanText.ForLetterLine(message.ToName ?? message.ToAddress), message.ToAddress));
        mime.Subject = CleanText.ForLetterLine(message.Subject);
        // Dutch letters carry 8-bit characters (ë, ó, €): say how they are encoded, or a strict relay may mangle them.
        var text = new TextPart("plain") { Text = message.TextBody, ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        if (message.Attachments.Count == 0)
        {
            mime.Body = text;
            return mime;
        }

        var body = new Multipart("mixed") { text };
        foreach (var attachment in message.Attachments)
        {
            body.Add(new MimePart(ContentType.Parse(attachment.ContentType))
            {
                Content = new MimeContent(new MemoryStream(attachment.Content, writable: false)),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = attachment.FileName,
            });
        }

        mime.Body = body;
        return mime;
    }
}

internal sealed class SmtpEmailSender(IOptions<MailOptions> options, TimeProvider timeProvider) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.SmtpHost ?? throw new InvalidOperationException("Mail:SmtpHost is not configured."), settings.SmtpPort,
            settings.SmtpUseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
        {
            await client.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(MimeMessages.Create(message, settings, timeProvider), cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

/// <summary>Development delivery: a real MIME message written as an .eml file that any mail client opens.</summary>
internal sealed class PickupDirectoryEmailSender(IOptions<MailOptions> options, TimeProvider timeProvider) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        Directory.CreateDirectory(settings.PickupDirectory);
        var mime = MimeMessages.Create(message, settings, timeProvider);
        var path = Path.Combine(settings.PickupDirectory, $"{timeProvider.GetUtcNow():yyyyMMddTHHmmss}-{Guid.NewGuid():N}.eml");
        await mime.WriteToAsync(path, cancellationToken);
    }
}
