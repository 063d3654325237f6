using System.Collections.Concurrent;
using ConnectorKit.ScriptHost.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.PowerPlatform.Connectors.CustomCode.CSharp;

namespace ConnectorKit.ScriptHost.Execution;

/// <summary>
/// The script's <c>Context</c>: the request it handles, and <see cref="SendAsync"/>, which asks the runtime to make the
/// backend call (the runtime logs it and applies the connection's authentication), so the script needs no network
/// setup of its own.
/// </summary>
internal sealed class WorkerScriptContext(
    MessageChannel channel,
    ConcurrentDictionary<int, TaskCompletionSource<WorkerMessage>> pendingSends,
    WorkerMessage invocation) : IScriptContext
{
    private static int _nextCallId;

    public string CorrelationId { get; } = invocation.CorrelationId ?? string.Empty;

    public string OperationId { get; } = invocation.OperationId ?? string.Empty;

    public HttpRequestMessage Request { get; } = WireMessages.ToMessage(invocation.Request ?? throw new InvalidDataException("An invocation carries no request."));

    public ILogger Logger { get; } = new WorkerLogger(channel);

    public Uri OriginalRequestUri { get; } = new(invocation.OriginalRequestUri ?? invocation.Request.Uri, UriKind.Absolute);

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var callId = Interlocked.Increment(ref _nextCallId);
        var reply = new TaskCompletionSource<WorkerMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        pendingSends[callId] = reply;
        try
        {
            var wire = await WireMessages.ToWireAsync(request, cancellationToken).ConfigureAwait(false);
            await channel.WriteAsync(new WorkerMessage { Kind = WorkerMessageKind.Send, CallId = callId, Request = wire }, cancellationToken).ConfigureAwait(false);
            var result = await reply.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            return result.Response is { } response
                ? WireMessages.ToMessage(response)
                : throw new HttpRequestException(result.Text ?? "The backend call failed.");
        }
        finally
        {
            pendingSends.TryRemove(callId, out _);
        }
    }

    public Uri CreateNotificationUri(string path) =>
        new(new Uri(invocation.RuntimeRoot ?? "http://127.0.0.1/", UriKind.Absolute), path.TrimStart('/'));
}
