using CustomerInsights.Emulator.Hosting;
using CustomerInsights.Emulator.Tests.TestSupport;

namespace CustomerInsights.Emulator.Tests.Hosting;

public sealed class EmulatorHostTests
{
    [Theory]
    [InlineData("http://0.0.0.0:5080", "not a loopback address")]
    [InlineData("http://192.168.1.20:5080", "not a loopback address")]
    [InlineData("http://example.com:5080", "not a loopback address")]
    [InlineData("http://*:5080", "is not an http URL")]
    [InlineData("https://127.0.0.1:5443", "is not an http URL")]
    [InlineData("http://127.0.0.1:5080/v1", "has a path")]
    [InlineData("http://localhost:0", "a free port (0) can be picked on an IP address only")]
    public async Task NonLoopbackOrMalformedAddressesAreRefusedBeforeAnythingStarts(string url, string reason)
    {
        var error = await Assert.ThrowsAsync<EmulatorStartException>(() => EmulatorHost.StartAsync(new EmulatorSettings { Urls = [url] }, EmulatorFixture.Token));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", "127.0.0.1")]
    [InlineData("http://127.4.5.6:80", "127.4.5.6")]
    [InlineData("http://[::1]:5080", "::1")]
    [InlineData("http://localhost:5080", null)]
    public void LoopbackAddressesAreAccepted(string url, string? address)
    {
        var (parsed, error) = ListenAddress.Parse(url);

        Assert.Null(error);
        Assert.Equal(address, parsed!.Address?.ToString());
    }

    [Fact]
    public void CommandLineReadsUrlsAndDataAndRefusesTheRest()
    {
        var (settings, problem) = EmulatorCommandLine.Parse(["--urls", "http://127.0.0.1:0", "--data", "state.db"]);
        var (_, unknown) = EmulatorCommandLine.Parse(["--port", "5080"]);
        var (_, missing) = EmulatorCommandLine.Parse(["--data"]);

        Assert.Null(problem);
        Assert.Equal(["http://127.0.0.1:0"], settings!.Urls);
        Assert.Equal("state.db", settings.DataFile);
        Assert.Contains("unknown argument '--port'", unknown, StringComparison.Ordinal);
        Assert.Contains("--data needs a value", missing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InMemoryEmulatorStartsWithTheSeedAndAnswersHealth()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorSettings { Urls = ["http://127.0.0.1:0"] }, EmulatorFixture.Token);
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        var health = await client.GetStringAsync("healthz", EmulatorFixture.Token);

        Assert.Equal("""{"status":"healthy"}""", health);
        Assert.Equal("/v1/", host.ServiceRoot.AbsolutePath);
    }

    [Fact]
    public async Task AFileThatIsNoDatabaseIsAClearStartError()
    {
        var folder = Directory.CreateTempSubdirectory("ci-emulator-bad-").FullName;
        try
        {
            var file = Path.Combine(folder, "not-a-database.db");
            await File.WriteAllTextAsync(file, "this is plain text, not SQLite, and long enough to be read as a header", EmulatorFixture.Token);

            var error = await Assert.ThrowsAsync<EmulatorStartException>(() =>
                EmulatorHost.StartAsync(new EmulatorSettings { Urls = ["http://127.0.0.1:0"], DataFile = file }, EmulatorFixture.Token));

            Assert.Contains("could not be opened as a SQLite database", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
