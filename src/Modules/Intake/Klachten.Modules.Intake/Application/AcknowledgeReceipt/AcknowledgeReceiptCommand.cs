using System.ComponentModel.DataAnnotations;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.Intake.Domain;

namespace Klachten.Modules.Intake.Application.AcknowledgeReceipt;

/// <summary>Send the written acknowledgement of receipt: "Email" (sent after commit, retried until it goes) or "Letter" (printed, then recorded as posted).</summary>
internal sealed record AcknowledgeReceiptCommand(Guid ComplaintId, AcknowledgementChannel Channel) : ICommand<AcknowledgementDto>;

/// <summary>The channel as sent, checked by <see cref="AcknowledgeReceiptCommandValidator"/>.</summary>
internal sealed record AcknowledgeRequest([property: Required, OneOf(typeof(AcknowledgementChannel))] string? Channel)
{
    public AcknowledgeReceiptCommand ToCommand(Guid complaintId) => new(complaintId, EnumNames.Parse<AcknowledgementChannel>(Channel));
}

internal sealed record AcknowledgementDto(
    Guid ComplaintId,
    string Reference,
    Guid CorrespondenceId,
    [property: OneOf(typeof(AcknowledgementChannel))] string Channel,
    DateTimeOffset AcknowledgedAt,
    string AcknowledgedBy,
    bool InTime);
