using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ConnectorKit.Runtime.Hosting;

namespace ConnectorKit.Runtime.Tests.TestSupport;

/// <summary>
/// A test connector served by a real runtime on 127.0.0.1 (a free port) in front of a <see cref="FakeBackend"/>,
/// with the log captured and an HttpClient pointed at the runtime's root.
/// </summary>
public sealed class RunningRuntime : IAsyncDisposable
{
    private RunningRuntime(RuntimeHost host, FakeBackend backend, TestConnector? connector, ConcurrentQueue<string> log)
    {
        Host = host;
        Backend = backend;
        Connector = connector;
        Log = log;
        Client = new HttpClient { BaseAddress = host.Root };
    }

    public RuntimeHost Host { get; }

    public FakeBackend Backend { get; }

    public TestConnector? Connector { get; }

    public ConcurrentQueue<string> Log { get; }

    public HttpClient Client { get; }

    public static CancellationToken Token => TestContext.Current.CancellationToken;

    public static async Task<RunningRuntime> StartAsync(TestConnector connector, IReadOnlyDictionary<string, string>? environment = null,
        Func<RuntimeSettings, RuntimeSettings>? configure = null) =>
        await StartAsync(connector.Folder, connector, environment, configure);

    public static async Task<RunningRuntime> StartAsync(string path, TestConnector? connector = null, IReadOnlyDictionary<string, string>? environment = null,
        Func<RuntimeSettings, RuntimeSettings>? configure = null)
    {
        var backend = await FakeBackend.StartAsync();
        var log = new ConcurrentQueue<string>();
        var settings = new RuntimeSettings
        {
            ConnectorPath = path,
            Port = 0,
            Backend = backend.Origin,
            Log = log.Enqueue,
            Environment = name => environment is not null && environment.TryGetValue(name, out var value) ? value : null,
        };
        try
        {
            var host = await RuntimeHost.StartAsync(configure?.Invoke(settings) ?? settings, Token);
            return new RunningRuntime(host, backend, connector, log);
        }
        catch
        {
            await backend.DisposeAsync();
            throw;
        }
    }

    /// <summary>The log lines of one step, such as "policy" or "script-end".</summary>
    public IReadOnlyList<string> Steps(string step) => [.. Log.Where(l => l.Contains(" step=" + step + " ", StringComparison.Ordinal) || l.EndsWith(" step=" + step, StringComparison.Ordinal))];

    public static async Task<JsonNode?> JsonAsync(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync(Token));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        await Backend.DisposeAsync();
        Connector?.Dispose();
    }
}
