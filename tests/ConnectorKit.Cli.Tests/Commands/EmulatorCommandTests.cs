using ConnectorKit.Cli.Tests.TestSupport;

namespace ConnectorKit.Cli.Tests.Commands;

public sealed class EmulatorCommandTests
{
    [Theory]
    [InlineData("http://0.0.0.0:5080", "not a loopback address")]
    [InlineData("http://10.1.2.3:5080", "not a loopback address")]
    [InlineData("ftp://127.0.0.1:5080", "is not an http URL")]
    public void NonLoopbackAddressesAreUsageErrorsAndNothingStarts(string url, string reason)
    {
        var run = CliRun.In(Directory.GetCurrentDirectory(), "emulator", "--urls", url);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("service root", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ADataFileThatIsNoDatabaseFailsToStartWithItsName()
    {
        using var folder = new TemporaryFolder();
        folder.Write("state.db", "plain text that SQLite will not take for a database file header");

        var run = CliRun.In(folder.Path, "emulator", "--urls", "http://127.0.0.1:0", "--data", "state.db");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("state.db: the emulator's data file could not be opened as a SQLite database", run.Error, StringComparison.Ordinal);
    }
}
