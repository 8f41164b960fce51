using Npgsql;

namespace Klachten.BuildingBlocks.Tests;

public sealed class StatementPreparationTests
{
    [Fact]
    public void A_connection_string_without_a_preparation_setting_gets_automatic_preparation()
    {
        var builder = new NpgsqlConnectionStringBuilder(
            BuildingBlocksServiceCollectionExtensions.WithStatementPreparation("Host=db;Database=klachten;Username=app"));

        Assert.Equal(50, builder.MaxAutoPrepare);
        Assert.Equal(2, builder.AutoPrepareMinUsages);
        Assert.Equal("db", builder.Host);
        Assert.Equal("klachten", builder.Database);
    }

    [Fact]
    public void A_preparation_setting_in_the_connection_string_wins()
    {
        var builder = new NpgsqlConnectionStringBuilder(
            BuildingBlocksServiceCollectionExtensions.WithStatementPreparation("Host=db;Database=klachten;Max Auto Prepare=0"));

        Assert.Equal(0, builder.MaxAutoPrepare);
    }
}
