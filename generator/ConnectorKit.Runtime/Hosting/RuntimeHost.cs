using System.Net;
using ConnectorKit.Diagnostics;
using ConnectorKit.Runtime.Connections;
using ConnectorKit.Runtime.Forwarding;
using ConnectorKit.Runtime.Logging;
using ConnectorKit.Runtime.Policies;
using ConnectorKit.Runtime.Scripting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ConnectorKit.Runtime.Hosting;

/// <summary>
/// A running runtime: Kestrel on 127.0.0.1 only, every request handed to the <see cref="RequestPipeline"/>. Start it
/// with <see cref="StartAsync"/> (which loads the connector and its connection first and returns the findings when it
/// cannot serve), read <see cref="Root"/>, and dispose it to stop; its script workers stop with it.
/// </summary>
public sealed class RuntimeHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ScriptRunner? _scripts;
    private readonly BackendClient _client;

    private RuntimeHost(WebApplication app, ScriptRunner? scripts, BackendClient client, Uri address, LoadedConnector connector)
    {
        _app = app;
        _scripts = scripts;
        _client = client;
        Address = address;
        Connector = connector;
    }

    /// <summary>Where the runtime listens, such as http://127.0.0.1:5090/.</summary>
    public Uri Address { get; }

    /// <summary>The runtime's root for callers: the address with the connector's basePath, such as http://127.0.0.1:5090/v1/.</summary>
    public Uri Root => new(Address, Connector.Operations.BasePath.TrimStart('/') + (Connector.Operations.BasePath.Length > 0 ? "/" : string.Empty));

    public LoadedConnector Connector { get; }

    /// <summary>The findings of loading (warnings included); <see cref="RuntimeStartException"/> carries them when the runtime cannot start.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; private init; } = [];

    public static async Task<RuntimeHost> StartAsync(RuntimeSettings settings, CancellationToken cancellationToken = default)
    {
        var (connector, diagnostics) = LoadedConnector.Load(settings.ConnectorPath);
        var found = diagnostics.ToList();
        if (connector is null)
        {
            throw new RuntimeStartException("The connector cannot be served.", found);
        }

        var (connection, connectionDiagnostics) = ConnectionSource.Read(connector.Definition.Properties,
            PolicyLoader.ConnectionParametersUsed(connector.Definition.Properties), settings.ConnectionFile, settings.Environment, connector.Folder);
        found.AddRange(connectionDiagnostics);
        var backend = BackendAddress.For(connector.Definition.Swagger, settings.Backend);
        if (backend.HostUrl is null && !connector.Policies.Any(p => p.Definition.TemplateId is "dynamichosturl"))
        {
            found.Add(Diagnostic.Create(RuntimeCodes.BackendAddressMissing, new SourcePosition(settings.ConnectorPath, 0, 0),
                "The connector names no host: give the backend's address with --backend."));
        }

        if (found.Any(d => d.Severity == Severity.Error))
        {
            throw new RuntimeStartException("The connector cannot be served.", found);
        }

        var log = new StepLog(settings.Log, settings.Verbose, connection.Mask);
        var client = new BackendClient(log, settings.Time, settings.BackendTimeout);
        var scripts = connector.Script is { } script
            ? new ScriptRunner(script, settings.ScriptTimeLimit, settings.MaxScriptWorkers,
                (correlationId, level, text) => log.Step(correlationId, "script-log", ("level", level), ("message", text)))
            : null;
        var state = new RuntimeState(settings.PollingInterval);
        var pipeline = new RequestPipeline(connector, connection, backend, client, scripts, state, log, settings.Time);
        var app = Build(settings.Port, pipeline);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            if (scripts is not null)
            {
                await scripts.WarmUpAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            if (scripts is not null)
            {
                await scripts.DisposeAsync().ConfigureAwait(false);
            }

            client.Dispose();
            throw new RuntimeStartException($"The runtime could not start on 127.0.0.1:{settings.Port}: {exception.Message}", found);
        }

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RuntimeHost(app, scripts, client, new Uri(bound.TrimEnd('/') + "/"), connector) { Diagnostics = found };
    }

    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            await _app.DisposeAsync().ConfigureAwait(false);
            if (_scripts is not null)
            {
                await _scripts.DisposeAsync().ConfigureAwait(false);
            }

            _client.Dispose();
        }
    }

    private static WebApplication Build(int port, RequestPipeline pipeline)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(RuntimeHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Microsoft.Extensions.Hosting.Environments.Production,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 100 * 1024 * 1024;
            kestrel.Listen(IPAddress.Loopback, port);
        });
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(5));
        var app = builder.Build();
        app.Run(pipeline.HandleAsync);
        return app;
    }
}

/// <summary>The runtime cannot start: the connector or its connection has errors, or the port is taken.</summary>
public sealed class RuntimeStartException(string message, IReadOnlyList<Diagnostic> diagnostics) : Exception(message)
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
