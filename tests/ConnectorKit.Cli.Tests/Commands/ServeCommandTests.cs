using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using ConnectorKit.Cli.Tests.TestSupport;

namespace ConnectorKit.Cli.Tests.Commands;

public sealed class ServeCommandTests
{
    [Fact]
    public void Usage_errors_exit_2()
    {
        using var folder = new TemporaryFolder();
        folder.Write("connector.yaml", SampleModels.Minimal);

        var withPath = CliRun.In(folder.Path, "serve", ".", "--backend", "http://127.0.0.1:5080/v1");
        var noFile = CliRun.In(folder.Path, "serve", ".", "--connection", "missing.json");
        var badPort = CliRun.In(folder.Path, "serve", ".", "--port", "70000");

        Assert.Equal(ExitCodes.Usage, withPath.ExitCode);
        Assert.Contains("without a path", withPath.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, noFile.ExitCode);
        Assert.Contains("no file at missing.json", noFile.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, badPort.ExitCode);
    }

    [Fact]
    public void A_connector_with_errors_exits_1_with_positioned_findings()
    {
        using var folder = new TemporaryFolder();
        folder.Write("connector.yaml", SampleModels.Broken);

        var run = CliRun.In(folder.Path, "serve", ".", "--port", "0");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Matches(@"connector\.yaml\(\d+,\d+\): error CK", run.Error);
        Assert.Contains("serve: The connector cannot be served.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_runs_the_connector_in_its_own_process_until_stopped()
    {
        using var folder = new TemporaryFolder();
        folder.Write("connector.yaml", SampleModels.Minimal);
        var start = new ProcessStartInfo(DotnetProcess.Host) { WorkingDirectory = folder.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { typeof(CliApplication).Assembly.Location, "serve", ".", "--port", "0", "--backend", "http://127.0.0.1:9" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        try
        {
            var banner = process.StandardOutput.ReadLine();
            var root = Regex.Match(banner ?? string.Empty, @"at (http://127\.0\.0\.1:\d+/v1/) ").Groups[1].Value;
            Assert.True(root.Length > 0, $"serve said: {banner}");
            using var client = new HttpClient { BaseAddress = new Uri(root) };

            using var unknown = await client.GetAsync("nothing", TestContext.Current.CancellationToken);
            using var unreachable = await client.GetAsync("things/1", TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
            Assert.Equal(HttpStatusCode.BadGateway, unreachable.StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }
}
