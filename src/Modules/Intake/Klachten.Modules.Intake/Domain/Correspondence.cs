namespace Klachten.Modules.Intake.Domain;

internal enum CorrespondenceKind
{
    /// <summary>The ontvangstbevestiging to the complainant.</summary>
    Acknowledgement,

    /// <summary>The involved collection agent is told a complaint about their file exists (no complainant's words).</summary>
    AgentNotification,

    /// <summary>The acknowledgement falls due soon: to the receiving employee and the quality manager.</summary>
    AcknowledgementReminder,

    /// <summary>The acknowledgement term passed: to the quality manager.</summary>
    AcknowledgementOverdue,
}

internal enum CorrespondenceStatus
{
    /// <summary>Drafted at registration, not yet sent by an officer.</summary>
    Draft,

    /// <summary>To be sent by e-mail; retried with attempts and last error until it goes.</summary>
    Pending,

    Sent,

    /// <summary>A postal letter, printed (its PDF is at .../correspondence/{id}.pdf) and waiting to be posted.</summary>
    Printed,

    /// <summary>A postal letter recorded as posted, with who posted it and when.</summary>
    Posted,
}

internal enum CorrespondenceChannel
{
    Email,
    Letter,
}
