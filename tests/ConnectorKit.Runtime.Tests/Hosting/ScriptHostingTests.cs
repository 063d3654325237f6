using System.Net;
using System.Text.Json.Nodes;
using ConnectorKit.Runtime.Tests.TestSupport;
using static ConnectorKit.Runtime.Tests.TestSupport.TestConnector;

namespace ConnectorKit.Runtime.Tests.Hosting;

/// <summary>Custom code inside the runtime; runaway scripts get a small limit, and the assertions are on outcomes only.</summary>
public sealed class ScriptHostingTests
{
    private static JsonObject TwoOperations()
    {
        var paths = Get("/scripted", "Scripted");
        paths["/plain"] = Get("/plain", "Plain")["/plain"]!.DeepClone();
        return paths;
    }

    [Fact]
    public async Task Only_the_script_operations_run_the_script_and_its_steps_are_logged()
    {
        using var connector = new TestConnector(TwoOperations(), script: Scripts.Wrapping, scriptOperations: new JsonArray("Scripted"));
        await using var runtime = await RunningRuntime.StartAsync(connector.Folder);
        runtime.Backend.Handler = (context, _) => FakeBackend.Json(context, HttpStatusCode.OK, """{"n":1}""");

        using var scripted = await runtime.Client.GetAsync("scripted", RunningRuntime.Token);
        using var plain = await runtime.Client.GetAsync("plain", RunningRuntime.Token);

        var wrapped = await RunningRuntime.JsonAsync(scripted);
        Assert.Equal("Scripted", wrapped!["operation"]!.GetValue<string>());
        PolicyHarness.JsonEqual("""{"n":1}""", wrapped["wrapped"]);
        PolicyHarness.JsonEqual("""{"n":1}""", await RunningRuntime.JsonAsync(plain));
        Assert.Single(runtime.Steps("script-start"));
        Assert.Contains(runtime.Steps("script-end"), line => line.Contains("outcome=returned", StringComparison.Ordinal));
        Assert.Contains(runtime.Steps("script-log"), line => line.Contains("\"handling Scripted\"", StringComparison.Ordinal));
        Assert.Contains(runtime.Steps("script-log"), line => line.Contains("\"printed by the script\"", StringComparison.Ordinal));
        Assert.Contains(runtime.Steps("backend"), line => line.Contains("purpose=script", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_script_that_loops_forever_is_stopped_and_the_runtime_keeps_serving()
    {
        using var connector = new TestConnector(TwoOperations(), script: Scripts.LoopsForever, scriptOperations: new JsonArray("Scripted"));
        await using var runtime = await RunningRuntime.StartAsync(connector.Folder, configure: settings => settings with { ScriptTimeLimit = TimeSpan.FromMilliseconds(300) });

        using var stopped = await runtime.Client.GetAsync("scripted", RunningRuntime.Token);
        using var plain = await runtime.Client.GetAsync("plain", RunningRuntime.Token);
        using var stoppedAgain = await runtime.Client.GetAsync("scripted", RunningRuntime.Token);

        Assert.Equal(HttpStatusCode.GatewayTimeout, stopped.StatusCode);
        Assert.Equal("ScriptTimedOut", (await RunningRuntime.JsonAsync(stopped))!["error"]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal(HttpStatusCode.GatewayTimeout, stoppedAgain.StatusCode);
        Assert.Equal(2, runtime.Steps("script-end").Count(line => line.Contains("outcome=timed-out", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_script_that_throws_answers_500_naming_the_exception_and_line()
    {
        using var connector = new TestConnector(TwoOperations(), script: Scripts.Throws, scriptOperations: new JsonArray("Scripted"));
        await using var runtime = await RunningRuntime.StartAsync(connector.Folder);

        using var response = await runtime.Client.GetAsync("scripted", RunningRuntime.Token);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var message = (await RunningRuntime.JsonAsync(response))!["error"]!["message"]!.GetValue<string>();
        Assert.Contains("InvalidOperationException: the script refuses Scripted", message, StringComparison.Ordinal);
        Assert.Contains("script.csx(6,", message, StringComparison.Ordinal);
        Assert.Empty(runtime.Backend.Requests);
    }
}
