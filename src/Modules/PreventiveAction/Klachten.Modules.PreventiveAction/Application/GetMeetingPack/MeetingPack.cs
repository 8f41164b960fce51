namespace Klachten.Modules.PreventiveAction.Application.GetMeetingPack;

/// <summary>The meeting pack as text (Dutch) and pictures, independent of the document format it is rendered in.</summary>
internal sealed record MeetingPack(string Title, string Subtitle, IReadOnlyList<string> TitleLines, IReadOnlyList<PackSection> Sections);

internal sealed record PackSection(string Heading, int Level, IReadOnlyList<PackBlock> Blocks);

internal abstract record PackBlock;

internal sealed record PackParagraph(string Text) : PackBlock;

internal sealed record PackBullets(IReadOnlyList<string> Items) : PackBlock;

internal sealed record PackTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<bool>? RightAligned = null)
    : PackBlock;

internal sealed record PackImage(byte[] Png) : PackBlock;

internal sealed record MeetingPackFile(string FileName, byte[] Content);

/// <summary>Renders a meeting pack as PDF (the documents building block).</summary>
internal interface IMeetingPackRenderer
{
    byte[] Render(MeetingPack pack);
}
