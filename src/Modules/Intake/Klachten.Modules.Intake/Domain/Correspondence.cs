using System.ComponentModel;

namespace Klachten.Modules.Intake.Domain;

internal enum CorrespondenceKind
{
    /// <summary>The ontvangstbevestiging to the complainant.</summary>
    [Description("Ontvangstbevestiging")]
    Acknowledgement,

    /// <summary>The involved collection agent is told a complaint about their file exists (no complainant's words).</summary>
    [Description("Melding aan de incassomedewerker")]
    AgentNotification,

    /// <summary>The acknowledgement falls due soon: to the receiving employee and the quality manager.</summary>
    [Description("Herinnering ontvangstbevestiging")]
    AcknowledgementReminder,

    /// <summary>The acknowledgement term passed: to the quality manager.</summary>
    [Description("Ontvangstbevestiging te laat")]
    AcknowledgementOverdue,
}

internal enum CorrespondenceStatus
{
    /// <summary>Drafted at registration, not yet sent by an officer.</summary>
    [Description("Concept")]
    Draft,

    /// <summary>To be sent by e-mail; retried with attempts and last error until it goes.</summary>
    [Description("Wacht op verzending")]
    Pending,

    [Description("Verzonden")]
    Sent,

    /// <summary>A postal letter, printed (its PDF is at .../correspondence/{id}.pdf) and waiting to be posted.</summary>
    [Description("Afgedrukt, nog te posten")]
    Printed,

    /// <summary>A postal letter recorded as posted, with who posted it and when.</summary>
    [Description("Gepost")]
    Posted,
}

internal enum CorrespondenceChannel
{
    [Description("Per e-mail")]
    Email,
    [Description("Per post")]
    Letter,
}
