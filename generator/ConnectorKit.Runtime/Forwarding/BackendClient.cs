using System.Net;
using System.Net.Http.Headers;
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
    private readonly SharedDeadline _deadline;

    public BackendClient(StepLog log, TimeProvider time, TimeSpan timeout, HttpMessageHandler? handler = null)
    {
        _log = log;
        _time = time;
        _deadline = new SharedDeadline(timeout, time);
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
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _deadline.Token());
        try
        {
            using var message = ToMessage(request, address);
            using var answer = await _invoker.SendAsync(message, timeout.Token).ConfigureAwait(false);
            var response = new RuntimeResponse { Status = (int)answer.StatusCode };
            // The raw values as received: enumerating the validated view would parse every header only to print it again.
            CopyHeaders(answer.Headers.NonValidated, response);
            CopyHeaders(answer.Content.Headers.NonValidated, response);

            response.Body.Set(await answer.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false));
            _log.Step(correlationId, "backend", ("purpose", purpose), ("method", request.Method), ("url", address.AbsoluteUri),
                ("status", response.Status), ("ms", _time.GetElapsedTime(started)));
            _log.Body(correlationId, "backend-response-body", response.Body.Bytes);
            return response;
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var reason = exception is OperationCanceledException ? $"no answer within {_deadline.Limit.TotalSeconds:0} s" : exception.Message;
            _log.Step(correlationId, "backend", ("purpose", purpose), ("method", request.Method), ("url", address.AbsoluteUri),
                ("status", 502), ("error", reason), ("ms", _time.GetElapsedTime(started)));
            return RuntimeErrors.Response(HttpStatusCode.BadGateway, "BackendUnreachable", $"The backend at {address.GetLeftPart(UriPartial.Authority)} could not be reached: {reason}");
        }
    }

    public void Dispose()
    {
        _invoker.Dispose();
        _deadline.Dispose();
    }

    private static void CopyHeaders(HttpHeadersNonValidated headers, RuntimeResponse response)
    {
        foreach (var (name, values) in headers)
        {
            if (IsHopByHop(name))
            {
                continue;
            }

            foreach (var value in values)
            {
                response.Headers.Add(name, value);
            }
        }
    }

    private static HttpRequestMessage ToMessage(RuntimeRequest request, Uri address)
    {
        // HttpMethod.Parse hands out the shared instances of the standard methods, which the handler recognises at once.
        var message = new HttpRequestMessage(HttpMethod.Parse(request.Method), address);
        var headers = request.Headers.All;
        var hasContentHeader = false;
        foreach (var (name, _) in headers)
        {
            hasContentHeader |= name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase) && !IsHopByHop(name);
        }

        if (!request.Body.IsEmpty || hasContentHeader)
        {
            message.Content = new ByteArrayContent(request.Body.Bytes);
        }

        foreach (var (name, value) in headers)
        {
            if (!IsHopByHop(name) && !message.Headers.TryAddWithoutValidation(name, value))
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
