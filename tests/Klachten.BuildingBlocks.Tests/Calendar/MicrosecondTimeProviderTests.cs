using Klachten.BuildingBlocks;
using Klachten.BuildingBlocks.Calendar;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Klachten.BuildingBlocks.Tests.Calendar;

public sealed class MicrosecondTimeProviderTests
{
    [Fact]
    public void The_time_is_cut_to_the_microsecond_PostgreSQL_keeps()
    {
        var sevenDecimals = new DateTimeOffset(2026, 3, 3, 10, 0, 0, TimeSpan.Zero).AddTicks(4_751_866);
        var clock = new MicrosecondTimeProvider(new FakeTimeProvider(sevenDecimals));

        Assert.Equal(new DateTimeOffset(2026, 3, 3, 10, 0, 0, TimeSpan.Zero).AddTicks(4_751_860), clock.GetUtcNow());
    }

    [Fact]
    public void The_building_blocks_give_every_module_that_clock()
    {
        using var provider = new ServiceCollection()
            .AddLogging()
            .AddBuildingBlocks(new ConfigurationBuilder().Build(), "Host=localhost;Database=none")
            .BuildServiceProvider();

        Assert.IsType<MicrosecondTimeProvider>(provider.GetRequiredService<TimeProvider>());
    }
}
