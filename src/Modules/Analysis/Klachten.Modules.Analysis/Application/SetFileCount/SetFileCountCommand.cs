using System.Globalization;
using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Analysis.Application.SetFileCount;

/// <summary>The office's number of collection files in a year, for the rates per 1,000 files.</summary>
internal sealed record SetFileCountCommand(int Year, int Files) : ICommand<FileCountDto>;

/// <summary>
/// A year's number of files; Files, EnteredAt and EnteredBy are null while none was entered (Version 0).
/// </summary>
/// <param name="Version">the ETag without its quotes: send it as If-Match ("0" for a first entry) to change the number</param>
internal sealed record FileCountDto(int Year, int? Files, DateTimeOffset? EnteredAt, string? EnteredBy, int Version);

/// <summary>The year (from the route) and the number of files as sent, checked by <see cref="SetFileCountCommandValidator"/>.</summary>
internal sealed record SetFileCountRequest(string? Year, string? Files)
{
    public SetFileCountCommand ToCommand() => new(int.Parse(Year!, CultureInfo.InvariantCulture), QueryValues.WholeNumber(Files, 0));
}
