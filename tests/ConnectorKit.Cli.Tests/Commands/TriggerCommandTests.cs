using ConnectorKit.Cli.Tests.TestSupport;

namespace ConnectorKit.Cli.Tests.Commands;

/// <summary>The command line of connectorkit trigger; its runs against real services are in ConnectorKit.Triggers.Tests.</summary>
public sealed class TriggerCommandTests
{
    [Theory]
    [InlineData(new[] { "--endpoint", "not-a-url" }, "--endpoint must be an absolute http or https URL")]
    [InlineData(new[] { "--endpoint", "http://127.0.0.1:9/", "--param", "noequals" }, "--param 'noequals' is not NAME=VALUE.")]
    [InlineData(new[] { "--endpoint", "http://127.0.0.1:9/", "--listen", "http://0.0.0.0:0" }, "--listen must be an http URL on a loopback address")]
    [InlineData(new[] { "--endpoint", "http://127.0.0.1:9/", "--count", "0" }, "--count must be at least 1.")]
    [InlineData(new[] { "--endpoint", "http://127.0.0.1:9/", "--forward", "mailto:someone@example.com" }, "--forward must be an absolute http or https URL")]
    [InlineData(new string[0], "Give --endpoint URL (the service, or a running connectorkit serve) or --backend URL")]
    [InlineData(new[] { "--endpoint", "http://127.0.0.1:9/", "--backend", "http://127.0.0.1:9" }, "one of the two.")]
    [InlineData(new[] { "--backend", "http://127.0.0.1:9/v1" }, "--backend http://127.0.0.1:9/v1: give an absolute http or https origin without a path")]
    [InlineData(new[] { "--endpoint", "http://127.0.0.1:9/", "--connection", "connection.json" }, "--connection is the local runtime's connection: it goes with --backend.")]
    public void BadArgumentsAreUsageErrors(string[] options, string reason)
    {
        using var folder = new TemporaryFolder();
        folder.Write("connector.yaml", SampleModels.Minimal);

        var run = CliRun.In(folder.Path, ["trigger", ".", "OnSomething", .. options]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnActionIsNoTriggerToSubscribeTo()
    {
        using var folder = new TemporaryFolder();
        folder.Write("connector.yaml", SampleModels.Minimal);

        var run = CliRun.In(folder.Path, "trigger", ".", "GetThing", "--endpoint", "http://127.0.0.1:9/v1");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("error: GetThing is an action, not a trigger (it has no x-ms-trigger).", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AModelWithErrorsSubscribesNothing()
    {
        using var folder = new TemporaryFolder();
        folder.Write("connector.yaml", SampleModels.Broken);

        var run = CliRun.In(folder.Path, "trigger", ".", "GetThing", "--endpoint", "http://127.0.0.1:9/v1");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("the connector could not be read; nothing was subscribed", run.Error, StringComparison.Ordinal);
    }
}
