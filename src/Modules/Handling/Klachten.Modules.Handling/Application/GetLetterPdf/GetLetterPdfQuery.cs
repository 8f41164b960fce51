using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Application.Correspondence;

namespace Klachten.Modules.Handling.Application.GetLetterPdf;

/// <summary>A letter or notice of the case as printed (PDF), dated the day it was written.</summary>
internal sealed record GetLetterPdfQuery(Guid ComplaintId, Guid LetterId) : IQuery<LetterPdfFile>;
