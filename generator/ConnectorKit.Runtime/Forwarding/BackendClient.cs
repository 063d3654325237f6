using System.Net;
using ConnectorKit.Runtime.Logging;
using ConnectorKit.Runtime.Messages;

namespace ConnectorKit.Runtime.Forwarding;

/// <summary>
/// Sends requests to the backend with one pooled HttpClient handler. HttpClient rather than YARP's forwarder: every
/// call crosses policies that rewrite bodies, and custom code sends requests of its own through
/// <c>Context.SendAsync</c>, so the runtime needs a buffered, rewritable request in any case; one code path serves the
/// pipeline, scripts and setvaluefromurl alike. No redirects are followed and no cookies kept, as a proxy must not;
/// hop-by-hop headers stay on their own side.
/// </summary>
public sealed class BackendClient : IDisposable
{
    public const string CorrelationHeader = "x-ms-client-request-id";

    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authenticate", "Proxy-Authorization", "TE", "Trailer",
        "Transfer-Encoding", "Upgrade", "Host", "Content-Length",
    };

    private readonly HttpMessageInvoker _invoker;
    private readonly StepLog _log;
    private readonly TimeProvider _time;
    private readonly TimeSpan _timeout;

    public BackendClient(StepLog log, TimeProvider time, TimeSpan timeout, HttpMessageHandler? handler = null)
    {
        _log = log;
        _time = time;
        _timeout = timeout;
        _invoker = new HttpMessageInvoker(handler ?? new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        });
    }

    public static bool IsHopByHop(string header) => HopByHop.Contains(header);

    /// <summary>A caller for one call: every backend request it sends carries the call's correlation id.</summary>
    public IBackendCaller For(string correlationId) => new CallBackend(this, correlationId);

    public async Task<RuntimeResponse> SendAsync(RuntimeRequest request, string correlationId, string purpose, CancellationToken cancellationToken)
    {
        request.Headers.Set(CorrelationHeader, correlationId);
        var address = request.Address;
        var started = _time.GetTimestamp();
        _log.Body(correlationId, "backend-request-body", request.Body.Bytes);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            using var message = ToMessage(request, address);
            using var answer = await _invoker.SendAsync(message, timeout.Token).ConfigureAwait(false);
            var response = new RuntimeResponse { Status = (int)answer.StatusCode };
            foreach (var header in answer.Headers.Concat(answer.Content.Headers).Where(h => !IsHopByHop(h.Key)))
            {
                foreach (var value in header.Value)
                {
                    response.Headers.Add(header.Key, value);
                }
            }

            response.Body.Set(await answer.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false));
            _log.Step(correlationId, "backend", ("purpose", purpose), ("method", request.Method), ("url", address.AbsoluteUri),
                ("status", response.Status), ("ms", _time.GetElapsedTime(started)));
            _log.Body(correlationId, "backend-response-body", response.Body.Bytes);
            return response;
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var reason = exception is OperationCanceledException ? $"no answer within {_timeout.TotalSeconds:0} s" : exception.Message;
            _log.Step(correlationId, "backend", ("purpose", purpose), ("method", request.Method), ("url", address.AbsoluteUri),
                ("status", 502), ("error", reason), ("ms", _time.GetElapsedTime(started)));
            return RuntimeErrors.Response(HttpStatusCode.BadGateway, "BackendUnreachable", $"The backend at {address.GetLeftPart(UriPartial.Authority)} could not be reached: {reason}");
        }
    }

    public void Dispose() => _invoker.Dispose();

    private static HttpRequestMessage ToMessage(RuntimeRequest request, Uri address)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), address);
        var headers = request.Headers.All.Where(h => !IsHopByHop(h.Key)).ToList();
        if (!request.Body.IsEmpty || headers.Any(h => h.Key.StartsWith("Content-", StringComparison.OrdinalIgnoreCase)))
        {
            message.Content = new ByteArrayContent(request.Body.Bytes);
        }

        foreach (var (name, value) in headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                message.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return message;
    }

    private sealed class CallBackend(BackendClient client, string correlationId) : IBackendCaller
    {
        public Task<RuntimeResponse> SendAsync(RuntimeRequest request, string purpose, CancellationToken cancellationToken) =>
            client.SendAsync(request, correlationId, purpose, cancellationToken);
    }
}
