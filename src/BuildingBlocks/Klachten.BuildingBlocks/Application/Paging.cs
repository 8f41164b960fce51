using FluentValidation;

namespace Klachten.BuildingBlocks.Application;

/// <summary>
/// The paging of every list: page 1..1,000,000 (1) and pageSize 1..200 (50), read as text so that a bad value is named in the
/// same 400 as the other query values (<see cref="QueryValues"/>). The offset is a long: page × pageSize overflows an int.
/// </summary>
public sealed record PageRequest(int Number, int Size)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;
    public const int MaxNumber = 1_000_000;

    /// <summary>What the page query values take, in words for the API document.</summary>
    public const string PageText = "The page, 1 to 1,000,000; default 1.";
    public const string PageSizeText = "Items per page, 1 to 200; default 50.";

    public long Offset => (long)(Number - 1) * Size;

    /// <summary>The page the (validated) query text asks for.</summary>
    public static PageRequest From(string? page, string? pageSize) =>
        new(QueryValues.WholeNumber(page, 1), QueryValues.WholeNumber(pageSize, DefaultSize));
}

/// <summary>One page of a list, the same shape in every module.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, long TotalCount)
{
    public static PagedList<T> Of(IReadOnlyList<T> items, PageRequest request, long totalCount) =>
        new(items, request.Number, request.Size, totalCount);
}

/// <summary>A list query's paging values as sent, for validators (see <see cref="PagingRules"/>).</summary>
public interface IPagedQuery
{
    string? Page { get; }
    string? PageSize { get; }
}

public static class PagingRules
{
    /// <summary>The one set of paging rules: every list validator calls this.</summary>
    public static void AddPagingRules<T>(this AbstractValidator<T> validator) where T : IPagedQuery
    {
        validator.RuleFor(q => q.Page).WholeNumber(1, PageRequest.MaxNumber);
        validator.RuleFor(q => q.PageSize).WholeNumber(1, PageRequest.MaxSize);
    }
}
