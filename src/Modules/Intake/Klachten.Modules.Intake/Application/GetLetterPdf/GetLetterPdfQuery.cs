using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Application.Correspondence;

namespace Klachten.Modules.Intake.Application.GetLetterPdf;

/// <summary>A letter of the complaint as printed (PDF); a draft prints as it would go now.</summary>
internal sealed record GetLetterPdfQuery(Guid ComplaintId, Guid LetterId) : IQuery<LetterPdfFile>;
