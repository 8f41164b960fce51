namespace Klachten.IntegrationTests.Infrastructure;

/// <summary>
/// The host's TimeProvider in tests. Unlike FakeTimeProvider it may be set back, which a fixture shared by
/// all tests needs (each test starts at the same moment). Timers are real: only "now" is faked.
/// </summary>
public sealed class TestClock : TimeProvider
{
    public static readonly DateTimeOffset DefaultStart = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero); // a Monday

    private DateTimeOffset _utcNow = DefaultStart;

    public override DateTimeOffset GetUtcNow() => _utcNow;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public void Set(DateTimeOffset utcNow) => _utcNow = utcNow.ToUniversalTime();

    public void Advance(TimeSpan by) => _utcNow += by;
}
