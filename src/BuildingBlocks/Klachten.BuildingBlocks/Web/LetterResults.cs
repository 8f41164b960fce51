using Klachten.BuildingBlocks.Application.Correspondence;
using Klachten.BuildingBlocks.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Klachten.BuildingBlocks.Web;

/// <summary>Letters as HTTP answers: a PDF as application/pdf with its file name, a preview as JSON or as that PDF.</summary>
public static class LetterResults
{
    public static FileContentHttpResult Pdf(LetterPdfFile file) => TypedResults.File(file.Content, file.ContentType, file.FileName);

    public static Results<Ok<LetterPreviewDto>, FileContentHttpResult> Preview(LetterPreview preview) =>
        preview.Pdf is { } pdf ? Pdf(pdf) : TypedResults.Ok(preview.Letter);

    /// <summary>Documents the PDF answer (200 application/pdf) in OpenAPI.</summary>
    public static RouteHandlerBuilder ProducesLetterPdf(this RouteHandlerBuilder builder) =>
        builder.Produces(StatusCodes.Status200OK, typeof(byte[]), LetterPdf.ContentType);

    /// <summary>Documents both answers of a preview: the letter as JSON (default) and, with ?format=pdf, as application/pdf.</summary>
    public static RouteHandlerBuilder ProducesLetterPreview(this RouteHandlerBuilder builder) =>
        builder.Produces<LetterPreviewDto>(StatusCodes.Status200OK, "application/json", LetterPdf.ContentType);
}
