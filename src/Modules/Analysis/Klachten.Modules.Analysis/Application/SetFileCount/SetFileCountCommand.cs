using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Analysis.Application.SetFileCount;

/// <summary>The office's number of collection files in a year (text as sent), for the rates per 1,000 files.</summary>
internal sealed record SetFileCountCommand(string? Year, string? Files) : ICommand<FileCountDto>;

internal sealed record FileCountDto(int Year, int Files, DateTimeOffset EnteredAt, string EnteredBy);
