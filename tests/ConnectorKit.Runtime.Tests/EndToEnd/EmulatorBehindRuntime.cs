using System.Collections.Concurrent;
using ConnectorKit.Runtime.Hosting;
using ConnectorKit.Tests.TestSupport;
using CustomerInsights.Client;
using CustomerInsights.Emulator.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ConnectorKit.Runtime.Tests.EndToEnd;

/// <summary>
/// Three real hosts on 127.0.0.1, each on a free port: the Customer Insights emulator, the runtime serving the
/// repository's Customer Insights model with the emulator as its backend, and the typed client pointed at the runtime.
/// Both hosts run on one fake clock that never moves (the emulator's throttle window never passes, no timer fires).
/// The connection (subscription key, bearer token) is given to the runtime only: the client sends no credentials.
/// </summary>
public sealed class EmulatorBehindRuntime : IAsyncDisposable
{
    public const string Contoso = "5c1f0e9a-7b2d-4e83-9a61-3f4d2b8c0e17";
    public const string SubscriptionKey = "e2e-subscription-key";
    public const string AccessToken = "e2e-access-token";

    private static readonly Dictionary<string, string> Connection = new()
    {
        ["CONNECTORKIT_CONNECTION_SUBSCRIPTIONKEY"] = SubscriptionKey,
        ["CONNECTORKIT_CONNECTION_TOKEN"] = AccessToken,
    };

    private readonly HttpClient _http = new();

    private EmulatorBehindRuntime(EmulatorHost emulator, RuntimeHost runtime, ConcurrentQueue<string> runtimeLog, ConcurrentQueue<string> emulatorReceived)
    {
        Emulator = emulator;
        Runtime = runtime;
        RuntimeLog = runtimeLog;
        EmulatorReceived = emulatorReceived;
        Client = new CustomerInsightsClient(_http, new CustomerInsightsClientOptions { Endpoint = runtime.Root, MaxRetries = 0 });
    }

    public EmulatorHost Emulator { get; }

    public RuntimeHost Runtime { get; }

    /// <summary>The runtime's log lines, one per step.</summary>
    public ConcurrentQueue<string> RuntimeLog { get; }

    /// <summary>"METHOD /path?query" of every request the emulator received, in order.</summary>
    public ConcurrentQueue<string> EmulatorReceived { get; }

    /// <summary>The typed client of connector/client, pointed at the runtime, with no credentials of its own.</summary>
    public CustomerInsightsClient Client { get; }

    public static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Starts the emulator (with <paramref name="callsPerConnection"/> calls per connection) and the runtime in front of it.</summary>
    public static async Task<EmulatorBehindRuntime> StartAsync(int callsPerConnection = 100)
    {
        var clock = new FakeTimeProvider();
        var received = new ConcurrentQueue<string>();
        var emulator = await EmulatorHost.StartAsync(new EmulatorSettings
        {
            Urls = ["http://127.0.0.1:0"],
            TimeProvider = clock,
            RateLimitPermits = callsPerConnection,
            Logging = logging => logging.AddProvider(new ReceivedRequestLog(received)).SetMinimumLevel(LogLevel.Information),
        }, Token);
        var log = new ConcurrentQueue<string>();
        try
        {
            var runtime = await RuntimeHost.StartAsync(new RuntimeSettings
            {
                ConnectorPath = Path.Combine(RepositoryPaths.Root, "connector"),
                Port = 0,
                Backend = emulator.BaseAddress,
                Log = log.Enqueue,
                Environment = name => Connection.GetValueOrDefault(name),
                Time = clock,
            }, Token);
            return new EmulatorBehindRuntime(emulator, runtime, log, received);
        }
        catch
        {
            await emulator.DisposeAsync();
            throw;
        }
    }

    /// <summary>The runtime's log lines of one step, such as "policy" or "script-end".</summary>
    public IReadOnlyList<string> Steps(string step) =>
        [.. RuntimeLog.Where(l => l.Contains(" step=" + step + " ", StringComparison.Ordinal) || l.EndsWith(" step=" + step, StringComparison.Ordinal))];

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Runtime.DisposeAsync();
        await Emulator.DisposeAsync();
    }

    /// <summary>
    /// Reads ASP.NET Core's own "Request starting" entry (event 1 of the hosting diagnostics, its structured values:
    /// method, path, query), written for every request the emulator receives before any of the emulator's code sees it.
    /// </summary>
    private sealed class ReceivedRequestLog(ConcurrentQueue<string> received) : ILoggerProvider
    {
        private const string HostingCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";
        private const int RequestStarting = 1;

        public ILogger CreateLogger(string categoryName) => categoryName == HostingCategory ? new Logger(received) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> received) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (eventId.Id != RequestStarting || state is not IReadOnlyList<KeyValuePair<string, object?>> values)
                {
                    return;
                }

                string Value(string name) => values.FirstOrDefault(v => v.Key == name).Value?.ToString() ?? string.Empty;
                received.Enqueue($"{Value("Method")} {Value("Path")}{Value("QueryString")}");
            }
        }
    }
}
