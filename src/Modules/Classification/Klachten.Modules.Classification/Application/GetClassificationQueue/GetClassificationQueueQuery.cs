using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Classification.Application.GetClassificationQueue;

/// <summary>The query string as sent (see <see cref="QueryValues"/>): page 1–1,000,000 (1), pageSize 1–200 (20).</summary>
internal sealed record GetClassificationQueueQuery(string? Page, string? PageSize) : IQuery<ClassificationQueueDto>
{
    public const int MaxPage = 1_000_000;
    public const int MaxPageSize = 200;

    public int PageNumber => QueryValues.WholeNumber(Page, 1);

    public int PageSizeNumber => QueryValues.WholeNumber(PageSize, 20);
}
