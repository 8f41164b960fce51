using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Application.Correspondence;

namespace Klachten.Modules.Intake.Application.PreviewAcknowledgement;

/// <summary>
/// The acknowledgement as it would go now, sent or recorded by nothing. Channel: Email | Letter (default: the channel the draft
/// proposes, e-mail when the complainant gave an address); format: json (default) | pdf.
/// </summary>
internal sealed record PreviewAcknowledgementQuery(Guid ComplaintId, string? Channel, string? Format) : IQuery<LetterPreview>;
