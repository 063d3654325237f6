using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Conformance;
using ConnectorKit.Definition;
using ConnectorKit.Json;
using ConnectorKit.Runtime.Polling;

namespace ConnectorKit.Triggers;

/// <summary>
/// Acts as Power Automate does for one polling trigger of any connector: calls the trigger's operation with the given
/// parameters, treats 202 as "nothing new" and 200 as the trigger firing, follows the Location each answer gives (the
/// trigger's state: the runtime's <c>pollingtrigger</c> policy, or the service's own) after its Retry-After, prints
/// each poll and checks each firing's body against the operation's 200 response schema (each mismatch an error with
/// its JSON pointer). An error answer is an error, and the same address is polled again, as the platform does.
/// </summary>
public sealed class PollingTriggerHarness(ConnectorDefinition definition, TriggerHarnessOptions options, TextWriter output)
{
    private static readonly JsonSerializerOptions Printed = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly SchemaConformance _conformance = new(definition.ApiDefinition);
    private int _errors;
    private int _firings;

    /// <summary>Whether the operation is a polling trigger: a trigger without a callback URL to subscribe with.</summary>
    public static bool IsPollingTrigger(ConnectorDefinition definition, string operationId) =>
        definition.Swagger.Operations.Any(o => o.OperationId == operationId && o.IsTrigger && !o.IsWebhookTrigger);

    public async Task<TriggerRunResult> RunAsync(CancellationToken cancellationToken)
    {
        var swagger = definition.Swagger;
        if (swagger.Operations.FirstOrDefault(o => o.OperationId == options.OperationId && o.IsTrigger && !o.IsWebhookTrigger) is not { OperationId: not null } operation)
        {
            Error($"The connector has no polling trigger '{options.OperationId}'.");
            return TriggerRunResult.Usage();
        }

        var problems = new List<string>();
        var given = OperationTarget.Given(options.Parameters, problems);
        var (pathAndQuery, headers) = OperationTarget.Fill(swagger, operation, given, options.Headers, problems);
        problems.AddRange(given.Keys.Select(name => $"The trigger has no parameter '{name}'. It takes: "
            + string.Join(", ", OperationTarget.NonBodyParameters(swagger, operation).Select(p => p.Child("name").StringOrNull())) + "."));
        if (problems.Count > 0)
        {
            problems.ForEach(Error);
            return TriggerRunResult.Usage();
        }

        var first = new Uri(options.Endpoint.AbsoluteUri.TrimEnd('/') + pathAndQuery);
        var schema = OperationSchemas.Response(swagger, operation, 200).Child("schema");
        using var http = new HttpClient(new EndpointHeaders(options.Endpoint, headers) { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false } })
        {
            Timeout = options.RequestTimeout,
        };
        var client = new PollingTriggerClient(http, options.PollWait, options.PollingInterval);
        Write($"polling: GET {first}");
        try
        {
            await client.RunAsync(first, poll => Task.FromResult(Handle(poll, schema)), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Write("stopping: cancelled");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            Error($"A poll of {options.OperationId} failed: {exception.Message}");
        }

        Write($"done: {_firings} firing(s), {_errors} error(s)");
        return TriggerRunResult.Polled(_firings, _errors);
    }

    /// <summary>Prints and checks one poll; false once the trigger has fired as often as asked.</summary>
    private bool Handle(PollResult poll, JsonNode? schema)
    {
        var next = poll.Next == poll.Address ? "the same address" : poll.Next.ToString();
        var wait = $"next poll: {next} in {poll.Delay.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} s";
        switch (poll.Status)
        {
            case 200:
                _firings++;
                Write($"poll {poll.Number}: 200 fired (firing {_firings})");
                Write(poll.Body is null ? "(no JSON body)" : poll.Body.ToJsonString(Printed).ReplaceLineEndings("\n"));
                var findings = _conformance.Check(poll.Body, schema);
                findings.ToList().ForEach(f => Error($"firing {_firings} at {(f.Pointer.Length == 0 ? "(root)" : f.Pointer)}: {f.Message}"));
                if (findings.Count == 0)
                {
                    Write(schema is null
                        ? $"firing {_firings}: {options.OperationId} declares no 200 response schema; nothing to check"
                        : $"firing {_firings}: conforms to the 200 response schema of {options.OperationId}");
                }

                break;
            case 202:
                Write($"poll {poll.Number}: 202 nothing new");
                break;
            default:
                Error($"poll {poll.Number}: the trigger answered {poll.Status}; Power Automate records a failed check and polls again. Body: {Shorten(poll.Error ?? string.Empty)}");
                break;
        }

        if (options.StopAfter is { } stop && _firings >= stop)
        {
            return false;
        }

        Write(wait);
        return true;
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..297] + "...";

    private void Write(string line)
    {
        output.Write(line + "\n");
        output.Flush();
    }

    private void Error(string message)
    {
        _errors++;
        Write("error: " + message);
    }

    /// <summary>
    /// Sends the trigger's headers (the --header credentials and the header parameters) with every poll to the
    /// endpoint's origin, and none to a Location on another host, so credentials never go to a host the user did not name.
    /// </summary>
    private sealed class EndpointHeaders(Uri endpoint, IReadOnlyList<KeyValuePair<string, string>> headers) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (string.Equals(request.RequestUri!.GetLeftPart(UriPartial.Authority), endpoint.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
            {
                foreach (var (name, value) in headers)
                {
                    request.Headers.TryAddWithoutValidation(name, value);
                }
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
