using Klachten.BuildingBlocks.Documents;
using Klachten.Modules.PreventiveAction.Application.GetMeetingPack;
using Microsoft.Extensions.Options;

namespace Klachten.Modules.PreventiveAction.Infrastructure.Documents;

/// <summary>The meeting pack on the documents building block: a title page, then the sections in order.</summary>
internal sealed class PdfMeetingPackRenderer(IOptions<PreventiveActionOptions> options) : IMeetingPackRenderer
{
    public byte[] Render(MeetingPack pack)
    {
        var document = new PdfDocumentBuilder(new DocumentInfo(pack.Title, pack.Subtitle,
            options.Value.OfficeName)
        { OfficeName = options.Value.OfficeName })
            .TitlePage(pack.Title, pack.Subtitle, pack.TitleLines)
            .PageBreak();
        foreach (var section in pack.Sections)
        {
            document.Heading(section.Heading, section.Level);
            foreach (var block in section.Blocks)
            {
                _ = block switch
                {
                    PackParagraph paragraph => document.Paragraph(paragraph.Text),
                    PackBullets bullets => document.Bullets(bullets.Items),
                    PackTable table => document.Table(new DocumentTable(table.Header, table.Rows,
                        table.RightAligned?.Select(right => right ? ColumnAlignment.Right : ColumnAlignment.Left).ToList())),
                    PackImage image => document.Image(image.Png, 0.9),
                    _ => throw new InvalidOperationException($"No rendering for {block.GetType().Name}."),
                };
            }
        }

        return document.Build();
    }
}
