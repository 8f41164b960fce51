using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Application.Correspondence;
using Microsoft.Extensions.Options;

namespace Klachten.BuildingBlocks.Documents;

internal sealed class LetterPrinter(IOptions<OfficeProfile> office) : ILetterPrinter
{
    public LetterPdfFile Print(LetterToPrint letter) => LetterPdfFile.Of(letter.Reference, letter.Kind,
        LetterPdf.Build(office.Value, new LetterSheet(letter.AddressLines, letter.Date, letter.Reference, letter.Subject, letter.Body)));
}
