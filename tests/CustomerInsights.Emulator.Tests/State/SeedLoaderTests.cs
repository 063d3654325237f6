using CustomerInsights.Emulator.State;
using CustomerInsights.Emulator.Tests.TestSupport;

namespace CustomerInsights.Emulator.Tests.State;

public sealed class SeedLoaderTests
{
    [Fact]
    public void TheSeedFolderHoldsTheTwoInstances() =>
        Assert.Equal(["seed/contoso-retail.json", "seed/fabrikam-sandbox.json"], SeedLoader.EmbeddedFiles().Select(f => f.Name));

    [Theory]
    [InlineData("""{ "instance": { "instanceId": "not-a-guid" } }""", "seed/bad.json(1,")]
    [InlineData("""{ "instance": { "instanceId": "5c1f0e9a-7b2d-4e83-9a61-3f4d2b8c0e17", "name": "x" }, "extra": 1 }""", "seed/bad.json(")]
    [InlineData("null", "holds null")]
    public async Task ABadSeedFileIsAnErrorNamingTheFileAndPlace(string json, string expected)
    {
        using var database = EmulatorDatabase.Open(null);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => SeedLoader.SeedIfEmptyAsync(database, [("seed/bad.json", json)], EmulatorFixture.Token));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASeededDatabaseIsNotSeededAgain()
    {
        using var database = EmulatorDatabase.Open(null);
        await SeedLoader.SeedIfEmptyAsync(database, SeedLoader.EmbeddedFiles(), EmulatorFixture.Token);
        var store = new InstanceStore(database);

        await SeedLoader.SeedIfEmptyAsync(database, SeedLoader.EmbeddedFiles(), EmulatorFixture.Token);

        Assert.Equal(2, store.Instances().Count);
        Assert.Equal(137, store.Items(EmulatorFixture.Contoso, "Customer", TestClock.Start).Count);
    }
}
