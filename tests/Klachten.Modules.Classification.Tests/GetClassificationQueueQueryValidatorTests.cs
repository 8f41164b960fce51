using Klachten.Modules.Classification.Application.GetClassificationQueue;

namespace Klachten.Modules.Classification.Tests;

public sealed class GetClassificationQueueQueryValidatorTests
{
    private static string[] FailingFields(string? page, string? pageSize) =>
        new GetClassificationQueueQueryValidator().Validate(new GetClassificationQueueQuery(page, pageSize))
            .Errors.Select(e => e.PropertyName).Distinct().Order().ToArray();

    [Theory]
    [InlineData(null, null)]
    [InlineData("", " ")]
    [InlineData("1", "1")]
    [InlineData("1000000", "200")]
    public void Absent_or_whole_numbers_in_range_pass(string? page, string? pageSize) => Assert.Empty(FailingFields(page, pageSize));

    [Theory]
    [InlineData("0", "0")]
    [InlineData("1000001", "201")]
    [InlineData("2147483647", "-1")]
    [InlineData("abc", "1.5")]
    [InlineData("99999999999", "2e1")]
    public void Every_bad_value_is_named(string page, string pageSize) => Assert.Equal(["Page", "PageSize"], FailingFields(page, pageSize));
}
