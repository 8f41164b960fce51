using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Analysis.Application.SetFileCount;

namespace Klachten.Modules.Analysis.Application.GetFileCount;

/// <summary>The year's number of files as entered, with its version as the ETag (0 while none was entered).</summary>
internal sealed record GetFileCountQuery(string? Year) : IQuery<FileCountDto>;
