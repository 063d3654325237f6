namespace ConnectorKit.ScriptHost.Protocol;

/// <summary>What the runtime and the worker say to each other; <see cref="Kind"/> tells which fields are set.</summary>
public sealed record WorkerMessage
{
    public required WorkerMessageKind Kind { get; init; }

    /// <summary>Pairs a <see cref="WorkerMessageKind.Send"/> with its <see cref="WorkerMessageKind.SendResult"/>.</summary>
    public int CallId { get; init; }

    /// <summary>The compiled script (<see cref="WorkerMessageKind.Load"/>).</summary>
    public byte[]? Assembly { get; init; }

    /// <summary>The full name of the script's class in <see cref="Assembly"/> (<see cref="WorkerMessageKind.Load"/>).</summary>
    public string? ScriptClass { get; init; }

    public string? OperationId { get; init; }

    public string? CorrelationId { get; init; }

    /// <summary>The address the caller used, before policies and host changes (<see cref="WorkerMessageKind.Invoke"/>).</summary>
    public string? OriginalRequestUri { get; init; }

    /// <summary>The runtime's own root, which <c>CreateNotificationUri</c> builds on.</summary>
    public string? RuntimeRoot { get; init; }

    public WireRequest? Request { get; init; }

    public WireResponse? Response { get; init; }

    /// <summary>A log line, a failure's description or why a load failed.</summary>
    public string? Text { get; init; }

    /// <summary>The level of a <see cref="WorkerMessageKind.Log"/> line (Trace to Critical).</summary>
    public string? Level { get; init; }
}

public enum WorkerMessageKind
{
    /// <summary>Runtime to worker: load this compiled script.</summary>
    Load,

    /// <summary>Worker to runtime: the script is loaded and its Script class found.</summary>
    Loaded,

    /// <summary>Runtime to worker: run the script on this request.</summary>
    Invoke,

    /// <summary>Runtime to worker: the caller went away; cancel the script's token.</summary>
    Cancel,

    /// <summary>Worker to runtime: the script called Context.SendAsync with this request.</summary>
    Send,

    /// <summary>Runtime to worker: the backend's answer to a <see cref="Send"/> (or, without a response, why it failed).</summary>
    SendResult,

    /// <summary>Worker to runtime: the script logged a line (through Context.Logger or the console).</summary>
    Log,

    /// <summary>Worker to runtime: the script returned this response.</summary>
    Result,

    /// <summary>Worker to runtime: the script threw, or could not be loaded.</summary>
    Failed,
}

/// <summary>An HTTP request as bytes and text, so it crosses the process boundary whole.</summary>
public sealed record WireRequest(string Method, string Uri, IReadOnlyList<WireHeader> Headers, byte[]? Body);

/// <summary>An HTTP response as bytes and text.</summary>
public sealed record WireResponse(int Status, IReadOnlyList<WireHeader> Headers, byte[]? Body);

/// <summary>One header line; a header with several values comes as several lines.</summary>
public sealed record WireHeader(string Name, string Value);
