using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Conformance;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Triggers;

/// <summary>
/// Acts as Power Automate does for one webhook trigger of any connector: opens a local callback listener, calls the
/// subscribe operation with the callback URL and the filters, checks for 201 and a Location, checks every notification
/// against the trigger's x-ms-notification-content schema (each mismatch an error with its JSON pointer), prints it,
/// optionally posts it on, and sends DELETE to the Location when it stops, cancellation (Ctrl+C) included.
/// </summary>
public sealed class TriggerHarness(ConnectorDefinition definition, TriggerHarnessOptions options, TextWriter output)
{
    private static readonly JsonSerializerOptions Printed = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly SchemaConformance _conformance = new(definition.ApiDefinition);
    private int _errors;

    public async Task<TriggerRunResult> RunAsync(CancellationToken cancellationToken)
    {
        var (trigger, problem) = WebhookTrigger.Find(definition, options.OperationId);
        if (trigger is null)
        {
            Error(problem!);
            return TriggerRunResult.Usage();
        }

        await using var listener = await StartListenerAsync(cancellationToken).ConfigureAwait(false);
        if (listener is null)
        {
            return new TriggerRunResult(false, false, false, 0, _errors);
        }

        var callback = new Uri(listener.BaseAddress, "notifications/" + Uri.EscapeDataString(trigger.OperationId));
        var (request, problems) = SubscriptionRequest.Build(trigger, options.Endpoint, options.Parameters, options.Headers, callback.ToString());
        if (request is null)
        {
            problems.ToList().ForEach(Error);
            return TriggerRunResult.Usage();
        }

        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = options.RequestTimeout };
        var location = await SubscribeAsync(http, trigger, request, cancellationToken).ConfigureAwait(false);
        if (location is null)
        {
            return new TriggerRunResult(false, false, false, 0, _errors);
        }

        var received = 0;
        try
        {
            await foreach (var notification in listener.Received.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                received++;
                await HandleAsync(http, trigger, notification, received, cancellationToken).ConfigureAwait(false);
                if (received == options.StopAfter)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Write("stopping: cancelled");
        }

        var unsubscribed = await UnsubscribeAsync(http, location).ConfigureAwait(false);
        Write($"done: {received} notification(s), {_errors} error(s)");
        return new TriggerRunResult(false, true, unsubscribed, received, _errors);
    }

    private async Task<CallbackListener?> StartListenerAsync(CancellationToken cancellationToken)
    {
        try
        {
            var listener = await CallbackListener.StartAsync(options.Listen, cancellationToken).ConfigureAwait(false);
            Write($"listening: {listener.BaseAddress}");
            return listener;
        }
        catch (IOException exception)
        {
            Error($"The callback listener could not listen on {options.Listen}: {exception.Message}");
            return null;
        }
    }

    /// <summary>Sends the subscribe request; the Location to DELETE later, or null when the answer was not 201 with one.</summary>
    private async Task<Uri?> SubscribeAsync(HttpClient http, WebhookTrigger trigger, SubscriptionRequest request, CancellationToken cancellationToken)
    {
        Write($"subscribing: {request.Method} {request.Url}");
        if (request.Body is not null)
        {
            Write(Indented(request.Body));
        }

        HttpResponseMessage response;
        try
        {
            using var message = request.ToHttpRequest();
            response = await http.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            Error($"The subscribe request to {request.Url} failed: {exception.Message}");
            return null;
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(CancellationToken.None).ConfigureAwait(false);
            var location = response.Headers.Location is { } header ? new Uri(request.Url, header) : null;
            if (response.StatusCode != HttpStatusCode.Created)
            {
                Error($"The subscribe operation answered {(int)response.StatusCode} {response.ReasonPhrase}; Power Automate needs 201 Created with a Location header. Body: {Shorten(text)}");
                if (response.IsSuccessStatusCode && location is not null)
                {
                    await UnsubscribeAsync(http, location).ConfigureAwait(false);
                }

                return null;
            }

            if (location is null)
            {
                Error("The subscribe operation answered 201 without a Location header: Power Automate could never unsubscribe (it sends DELETE to the Location).");
                return null;
            }

            if (!response.Headers.Location!.IsAbsoluteUri)
            {
                Warn($"The Location header '{response.Headers.Location}' is relative; Power Automate expects an absolute URL. Using {location}.");
            }

            if (!SameOrigin(location, options.Endpoint))
            {
                Warn($"The Location {location} is not on the endpoint's host {options.Endpoint.GetLeftPart(UriPartial.Authority)}; the DELETE goes there without the --header values.");
            }

            CheckSubscribeAnswer(trigger, text);
            Write($"subscribed: {location}");
            return location;
        }
    }

    private void CheckSubscribeAnswer(WebhookTrigger trigger, string text)
    {
        if (OperationSchemas.Response(trigger.Swagger, trigger.Operation, 201).Child("schema") is not { } schema || text.Length == 0)
        {
            return;
        }

        foreach (var finding in Check(text, schema))
        {
            Error($"subscribe answer at {Where(finding.Pointer)}: {finding.Message}");
        }
    }

    private async Task HandleAsync(HttpClient http, WebhookTrigger trigger, ReceivedCallback notification, int number, CancellationToken cancellationToken)
    {
        var key = notification.IdempotencyKey is { } value ? $", Idempotency-Key {value}" : string.Empty;
        Write($"notification {number}: POST {notification.Path}{key}");
        var text = Encoding.UTF8.GetString(notification.Body);
        var findings = Check(text, trigger.NotificationSchema);
        Write(TryParse(text) is { } json ? Indented(json) : text);
        foreach (var finding in findings)
        {
            Error($"notification {number} at {Where(finding.Pointer)}: {finding.Message}");
        }

        if (findings.Count == 0)
        {
            Write(trigger.NotificationSchema is null
                ? $"notification {number}: {trigger.OperationId} declares no x-ms-notification-content schema; nothing to check"
                : $"notification {number}: conforms to the x-ms-notification-content schema of {trigger.OperationId}");
        }

        if (options.Forward is { } forward)
        {
            await ForwardAsync(http, forward, notification, number, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ForwardAsync(HttpClient http, Uri forward, ReceivedCallback notification, int number, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, forward) { Content = new ByteArrayContent(notification.Body) };
        message.Content.Headers.ContentType = MediaTypeHeaderValue.TryParse(notification.ContentType, out var type) ? type : new MediaTypeHeaderValue("application/json");
        if (notification.IdempotencyKey is { } key)
        {
            message.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        }

        try
        {
            using var response = await http.SendAsync(message, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                Write($"notification {number}: forwarded to {forward}: {(int)response.StatusCode} {response.ReasonPhrase}");
            }
            else
            {
                Error($"notification {number}: {forward} answered {(int)response.StatusCode} {response.ReasonPhrase} to the forwarded notification.");
            }
        }
        catch (HttpRequestException exception)
        {
            Error($"notification {number}: it could not be forwarded to {forward}: {exception.Message}");
        }
    }

    /// <summary>
    /// DELETE to the Location, on a token of its own so that Ctrl+C still unsubscribes; with the --header values (the
    /// credentials) only when the Location is on the endpoint's origin, so they never go to a host the user did not name.
    /// </summary>
    private async Task<bool> UnsubscribeAsync(HttpClient http, Uri location)
    {
        using var message = new HttpRequestMessage(HttpMethod.Delete, location);
        if (SameOrigin(location, options.Endpoint))
        {
            foreach (var (name, value) in options.Headers)
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }

        try
        {
            using var timeout = new CancellationTokenSource(options.RequestTimeout);
            using var response = await http.SendAsync(message, timeout.Token).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                Write($"unsubscribed: DELETE {location}: {(int)response.StatusCode} {response.ReasonPhrase}");
                return true;
            }

            Error($"DELETE {location} answered {(int)response.StatusCode} {response.ReasonPhrase}; the subscription may still exist.");
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
        {
            Error($"DELETE {location} failed: {exception.Message}; the subscription may still exist.");
        }

        return false;
    }

    private IReadOnlyList<ConformanceFinding> Check(string text, JsonNode? schema)
    {
        try
        {
            return _conformance.Check(JsonNode.Parse(text), schema);
        }
        catch (JsonException exception)
        {
            return [new ConformanceFinding(JsonPointer.Root, "The body is not valid JSON: " + exception.Message)];
        }
    }

    private static bool SameOrigin(Uri left, Uri right) =>
        string.Equals(left.GetLeftPart(UriPartial.Authority), right.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Indented(JsonNode node) => node.ToJsonString(Printed).ReplaceLineEndings("\n");

    private static string Where(string pointer) => pointer.Length == 0 ? "(root)" : pointer;

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..297] + "...";

    private void Write(string line)
    {
        output.Write(line + "\n");
        output.Flush();
    }

    private void Warn(string message) => Write("warning: " + message);

    private void Error(string message)
    {
        _errors++;
        Write("error: " + message);
    }
}
