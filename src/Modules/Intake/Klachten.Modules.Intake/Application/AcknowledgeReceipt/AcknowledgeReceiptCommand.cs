using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Intake.Application.AcknowledgeReceipt;

/// <summary>Send the written acknowledgement of receipt: "Email" (sent after commit, retried until it goes) or "Letter" (sent by hand).</summary>
internal sealed record AcknowledgeReceiptCommand(Guid ComplaintId, string? Channel) : ICommand<AcknowledgementDto>;

internal sealed record AcknowledgementDto(
    Guid ComplaintId,
    string Reference,
    Guid CorrespondenceId,
    string Channel,
    DateTimeOffset AcknowledgedAt,
    string AcknowledgedBy,
    bool InTime);
