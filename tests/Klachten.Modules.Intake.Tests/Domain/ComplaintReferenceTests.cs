using Klachten.Modules.Intake.Domain;

namespace Klachten.Modules.Intake.Tests.Domain;

public sealed class ComplaintReferenceTests
{
    [Theory]
    [InlineData(2026, 1, "KL-2026-000001")]
    [InlineData(2026, 123, "KL-2026-000123")]
    [InlineData(2027, 999_999, "KL-2027-999999")]
    [InlineData(2027, 1_000_000, "KL-2027-1000000")]
    public void Reference_is_KL_year_and_six_digits(int year, int number, string expected) =>
        Assert.Equal(expected, ComplaintReference.Format(year, number));

    [Fact]
    public void Number_zero_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ComplaintReference.Format(2026, 0));
}
