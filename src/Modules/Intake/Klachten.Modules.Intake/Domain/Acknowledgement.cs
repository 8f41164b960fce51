using System.ComponentModel;
using Klachten.BuildingBlocks.Calendar;
using Klachten.BuildingBlocks.Domain;

namespace Klachten.Modules.Intake.Domain;

internal enum AcknowledgementChannel
{
    [Description("Per e-mail")]
    Email,
    [Description("Per brief")]
    Letter,
}

/// <summary>The rules of the written acknowledgement of receipt (ontvangstbevestiging).</summary>
internal static class Acknowledgement
{
    public const string AlreadyAcknowledged = "already_acknowledged";

    public static void EnsureCanSend(DateTimeOffset? acknowledgedAt, AcknowledgementChannel channel, bool hasEmail, bool hasPostalAddress)
    {
        if (WhyNotSend(acknowledgedAt) is { } refusal)
        {
            throw refusal;
        }

        LetterRoutes.EnsureReachable(channel == AcknowledgementChannel.Email, hasEmail, hasPostalAddress, "acknowledgement");
    }

    /// <summary>Why no acknowledgement can be sent now, whatever its channel; null when one can (a screen offers it then).</summary>
    public static DomainRuleException? WhyNotSend(DateTimeOffset? acknowledgedAt) =>
        acknowledgedAt is not null
            ? new DomainRuleException(AlreadyAcknowledged, $"The receipt was already acknowledged at {acknowledgedAt:O}.")
            : null;

    /// <summary>In time when sent on or before the due date, as a local Amsterdam date.</summary>
    public static bool IsInTime(DateTimeOffset sentAt, DateOnly dueOn) => AmsterdamTime.LocalDate(sentAt) <= dueOn;

    /// <summary>The channel proposed in the draft: e-mail when the complainant gave one, else a letter.</summary>
    public static AcknowledgementChannel ProposedChannel(bool hasEmail) =>
        hasEmail ? AcknowledgementChannel.Email : AcknowledgementChannel.Letter;
}
