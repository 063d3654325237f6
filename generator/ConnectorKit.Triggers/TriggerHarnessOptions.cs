using System.Net;

namespace ConnectorKit.Triggers;

/// <summary>What the harness subscribes to or polls, where, with what, and what it does with each notification.</summary>
public sealed record TriggerHarnessOptions
{
    /// <summary>The operationId of the webhook or polling trigger.</summary>
    public required string OperationId { get; init; }

    /// <summary>The service root the operation paths are appended to, such as http://127.0.0.1:5080/v1.</summary>
    public required Uri Endpoint { get; init; }

    /// <summary>name=value pairs: path, query and header parameters by name, body properties by (dotted) name.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; init; } = [];

    /// <summary>Headers sent with the subscribe and unsubscribe requests, as the connection would add them (credentials).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>Where each notification is posted on to, for chaining a next step; null posts nothing.</summary>
    public Uri? Forward { get; init; }

    /// <summary>Where the callback listener listens: loopback only; port 0 picks a free port.</summary>
    public IPEndPoint Listen { get; init; } = new(IPAddress.Loopback, 0);

    /// <summary>Stop (and unsubscribe) after this many notifications, or a polling trigger after this many firings; null runs until cancelled.</summary>
    public int? StopAfter { get; init; }

    /// <summary>How long one request to the service or the forward URL may take.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How a polling trigger waits between polls (the Retry-After asked for); tests pass one that does not sleep.</summary>
    public Func<TimeSpan, CancellationToken, Task> PollWait { get; init; } = Task.Delay;

    /// <summary>The wait between polls when an answer gives no Retry-After.</summary>
    public TimeSpan PollingInterval { get; init; } = TimeSpan.FromSeconds(15);
}
