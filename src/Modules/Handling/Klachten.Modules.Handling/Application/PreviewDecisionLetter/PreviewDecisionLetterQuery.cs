using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Application.Correspondence;

namespace Klachten.Modules.Handling.Application.PreviewDecisionLetter;

/// <summary>
/// The decision letter as it would go now, for a decided case whose letter has not gone yet; sent or recorded by nothing.
/// Channel: Email | Letter (default: e-mail when the complainant gave an address); format: json (default) | pdf.
/// </summary>
internal sealed record PreviewDecisionLetterQuery(Guid ComplaintId, string? Channel, string? Format) : IQuery<LetterPreview>;
