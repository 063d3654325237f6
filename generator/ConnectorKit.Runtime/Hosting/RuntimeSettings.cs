namespace ConnectorKit.Runtime.Hosting;

/// <summary>How to serve a connector: what, where to listen, where calls go, the connection, and the limits.</summary>
public sealed record RuntimeSettings
{
    public const int DefaultPort = 5090;

    /// <summary>A model folder, a connector folder or one file of a connector folder.</summary>
    public required string ConnectorPath { get; init; }

    /// <summary>The port on 127.0.0.1; 0 picks a free one (read it back from <see cref="RuntimeHost.Root"/>).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The origin (scheme, host, port) backend calls go to instead of the hosts the connector names; null for those.</summary>
    public Uri? Backend { get; init; }

    /// <summary>The JSON file of connection values; null to take them from environment variables only.</summary>
    public string? ConnectionFile { get; init; }

    /// <summary>Write request and response bodies into the log.</summary>
    public bool Verbose { get; init; }

    /// <summary>How long a script may run, backend calls included (the platform's 5 seconds).</summary>
    public TimeSpan ScriptTimeLimit { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How many scripts may run at once, each in its own worker process.</summary>
    public int MaxScriptWorkers { get; init; } = Math.Max(2, System.Environment.ProcessorCount);

    /// <summary>The Retry-After a polling trigger answers with.</summary>
    public TimeSpan PollingInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a backend call may take before the caller gets 502.</summary>
    public TimeSpan BackendTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>Where log lines go.</summary>
    public Action<string> Log { get; init; } = _ => { };

    /// <summary>Reads environment variables (connection values); tests replace it.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>The clock the log's durations are measured with.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
