using System.Text;
using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Runtime.Scripting;
using ConnectorKit.Runtime.Tests.TestSupport;
using ConnectorKit.ScriptHost.Protocol;

namespace ConnectorKit.Runtime.Tests.Scripting;

/// <summary>Scripts run in real worker processes. No test reads a clock: the limit is set small where a script must be stopped.</summary>
public sealed class ScriptRunnerTests
{
    private static CompiledScript CompileOrFail(string text)
    {
        var diagnostics = new List<Diagnostic>();
        var script = ScriptCompiler.Compile(new ConnectorScript(text), "script.csx", diagnostics);
        Assert.True(script is not null, string.Join("\n", diagnostics));
        return script!;
    }

    private static WorkerMessage Invocation(string operationId) => new()
    {
        Kind = WorkerMessageKind.Invoke,
        OperationId = operationId,
        CorrelationId = "corr-1",
        Request = new WireRequest("GET", "https://api.example.com/api/items", [new WireHeader("Accept", "application/json")], null),
    };

    private static Task<WorkerMessage> Backend(WorkerMessage send) => Task.FromResult(new WorkerMessage
    {
        Kind = WorkerMessageKind.SendResult,
        CallId = send.CallId,
        Response = new WireResponse(200, [new WireHeader("Content-Type", "application/json")], Encoding.UTF8.GetBytes("""{"items":[1,2]}""")),
    });

    [Fact]
    public async Task A_script_sends_through_the_runtime_logs_and_returns_its_response()
    {
        var log = new List<string>();
        await using var runner = new ScriptRunner(CompileOrFail(Scripts.Wrapping), TimeSpan.FromSeconds(60), 1, (corr, level, text) => { lock (log) { log.Add($"{corr} {level} {text}"); } });

        var outcome = await runner.RunAsync(Invocation("ListItems"), Backend, TestContext.Current.CancellationToken);

        var completed = Assert.IsType<ScriptOutcome.Completed>(outcome);
        Assert.Equal(200, completed.Response.Status);
        PolicyHarness.JsonEqual("""{"wrapped":{"items":[1,2]},"operation":"ListItems","correlation":"corr-1"}""", JsonNode.Parse(completed.Response.Body!));
        lock (log)
        {
            Assert.Contains("corr-1 Information handling ListItems", log);
        }
    }

    [Fact]
    public async Task A_script_that_loops_forever_is_stopped_at_the_limit_and_the_next_call_runs_in_a_fresh_worker()
    {
        var loops = CompileOrFail(Scripts.LoopsForever);
        await using var runner = new ScriptRunner(loops, TimeSpan.FromMilliseconds(300), 1, (_, _, _) => { });

        var stopped = await runner.RunAsync(Invocation("Spin"), Backend, TestContext.Current.CancellationToken);
        var again = await runner.RunAsync(Invocation("Spin"), Backend, TestContext.Current.CancellationToken);

        Assert.Equal(TimeSpan.FromMilliseconds(300), Assert.IsType<ScriptOutcome.TimedOut>(stopped).Limit);
        Assert.IsType<ScriptOutcome.TimedOut>(again);
    }

    [Fact]
    public async Task A_script_that_throws_reports_the_exception_and_its_script_line()
    {
        await using var runner = new ScriptRunner(CompileOrFail(Scripts.Throws), TimeSpan.FromSeconds(60), 1, (_, _, _) => { });

        var outcome = await runner.RunAsync(Invocation("Refuse"), Backend, TestContext.Current.CancellationToken);

        var threw = Assert.IsType<ScriptOutcome.Threw>(outcome);
        Assert.Contains("System.InvalidOperationException: the script refuses Refuse", threw.Description, StringComparison.Ordinal);
        Assert.Contains("script.csx(6,", threw.Description, StringComparison.Ordinal);
    }
}
