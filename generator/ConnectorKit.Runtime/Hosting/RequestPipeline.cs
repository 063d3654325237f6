using System.Collections.Concurrent;
using System.Net;
using ConnectorKit.Json;
using ConnectorKit.Runtime.Connections;
using ConnectorKit.Runtime.Forwarding;
using ConnectorKit.Runtime.Logging;
using ConnectorKit.Runtime.Matching;
using ConnectorKit.Runtime.Messages;
using ConnectorKit.Runtime.Parameters;
using ConnectorKit.Runtime.Policies;
using ConnectorKit.Runtime.Policies.Templates;
using ConnectorKit.Runtime.Scripting;
using ConnectorKit.ScriptHost.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ConnectorKit.Runtime.Hosting;

/// <summary>
/// One call, step by step, as the platform runs a connector: match the operation, check its parameters, add the
/// connection's credentials, run the request policies in order, run the custom code when it handles the operation
/// (else call the backend), then the response policies (or the failure policies on a status of 400 or more), and
/// answer. Each step writes one log line under the call's correlation id.
/// </summary>
internal sealed class RequestPipeline(
    LoadedConnector connector,
    ConnectionValues connection,
    BackendAddress backend,
    BackendClient client,
    ScriptRunner? scripts,
    RuntimeState state,
    StepLog log,
    TimeProvider time)
{
    /// <summary>Each operation's parameters, resolved once (by the operation's JSON pointer).</summary>
    private readonly ConcurrentDictionary<string, IReadOnlyList<OperationParameter>> _parameters = new(StringComparer.Ordinal);

    private volatile KnownRoot? _lastRoot;

    public async Task HandleAsync(HttpContext http)
    {
        var started = time.GetTimestamp();
        var correlationId = http.Request.Headers[BackendClient.CorrelationHeader].ToString() is { Length: > 0 } given ? given : Guid.NewGuid().ToString("D");
        RuntimeResponse response;
        try
        {
            response = await RunAsync(http, correlationId).ConfigureAwait(false);
        }
        catch (PolicyFailedException failure)
        {
            response = RuntimeErrors.Response(HttpStatusCode.InternalServerError, "PolicyFailed", failure.Message);
        }

        response.Headers.Set(BackendClient.CorrelationHeader, correlationId);
        log.Body(correlationId, "response-body", response.Body.Bytes);
        await WriteAsync(http, response).ConfigureAwait(false);
        log.Step(correlationId, "done", ("status", response.Status), ("ms", time.GetElapsedTime(started)));
    }

    private async Task<RuntimeResponse> RunAsync(HttpContext http, string correlationId)
    {
        var rawTarget = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (http.Request.PathBase + http.Request.Path + http.Request.QueryString).ToString();
        var question = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var rawPath = question < 0 ? rawTarget : rawTarget[..question];
        var query = QueryText.Parse(question < 0 ? string.Empty : rawTarget[question..]).ToList();
        var method = http.Request.Method;
        log.Step(correlationId, "received", ("method", method), ("target", rawTarget));

        if (state.UnauthenticatedBy is { } status)
        {
            return Refuse(correlationId, HttpStatusCode.Unauthorized, "ConnectionUnauthenticated",
                $"The connection was marked unauthenticated when the backend answered {status}; restart the runtime with fresh credentials.");
        }

        var match = connector.Operations.Match(method, rawPath, query);
        if (match.Operation is not { } operation)
        {
            return match.AllowedMethods.Count > 0
                ? Refuse(correlationId, HttpStatusCode.MethodNotAllowed, "MethodNotAllowed", $"{rawPath} takes {string.Join(", ", match.AllowedMethods)}, not {method}.")
                : Refuse(correlationId, HttpStatusCode.NotFound, "OperationNotFound",
                    $"No operation of the connector matches {method} {rawPath} (below the basePath '{connector.Operations.BasePath}').");
        }

        log.Step(correlationId, "match", ("operation", operation.OperationId), ("method", method.ToUpperInvariant()), ("template", connector.Operations.BasePath + operation.Path));
        if (backend.HostUrl is not { } hostUrl)
        {
            return Refuse(correlationId, HttpStatusCode.InternalServerError, "BackendAddressMissing", "The connector names no host; serve it with --backend.");
        }

        var isStateCall = query.Any(q => q.Key == PollingTrigger.StateParameter);
        var request = new RuntimeRequest { Method = method.ToUpperInvariant(), BaseUrl = hostUrl, Path = rawPath[connector.Operations.BasePath.Length..] };
        request.Query.AddRange(query.Where(q => q.Key != PollingTrigger.StateParameter));
        foreach (var header in http.Request.Headers.Where(h => !BackendClient.IsHopByHop(h.Key)))
        {
            foreach (var value in header.Value)
            {
                request.Headers.Add(header.Key, value ?? string.Empty);
            }
        }

        request.Body.Set(await ReadBodyAsync(http).ConfigureAwait(false));
        log.Body(correlationId, "request-body", request.Body.Bytes);

        var parameters = _parameters.GetOrAdd(operation.Pointer, _ => OperationParameter.Of(operation, connector.Definition.Swagger));
        var check = ParameterChecker.Check(parameters, match.RawPathValues!, request);
        if (check.Problems.Count > 0)
        {
            return Refuse(correlationId, HttpStatusCode.BadRequest, "ParameterInvalid", string.Join("; ", check.Problems) + ".");
        }

        log.Step(correlationId, "parameters", ("checked", parameters.Count), ("notes", check.Notes.Count > 0 ? string.Join("; ", check.Notes) : null));
        log.Step(correlationId, "auth", ("kind", connector.Authentication.Kind), ("applied", string.Join("; ", connector.Authentication.Apply(request, connection))));

        var origin = new CallOrigin(method.ToUpperInvariant(), RuntimeRoot(http), rawPath[connector.Operations.BasePath.Length..], query, isStateCall);
        var caller = client.For(correlationId);
        PolicyContext Context(PolicySection section, RuntimeResponse? answer) => new()
        {
            Request = request, Response = answer, Section = section, Connection = connection, Operation = operation,
            ParameterValues = check.PathValues, Origin = origin, Backend = caller, State = state,
        };

        await ApplyPoliciesAsync(correlationId, operation.OperationId, PolicySection.Request, Context(PolicySection.Request, null), http.RequestAborted).ConfigureAwait(false);
        request.BaseUrl = backend.Final(request.BaseUrl);

        var response = connector.ScriptHandles(operation.OperationId)
            ? await RunScriptAsync(correlationId, operation.OperationId!, request, origin, caller, http.RequestAborted).ConfigureAwait(false)
            : await caller.SendAsync(request, "operation", http.RequestAborted).ConfigureAwait(false);

        if (operation.IsTrigger && RuntimeLinks.RewriteLocation(response, request.BaseUrl, origin.RuntimeRoot) is { } location)
        {
            log.Step(correlationId, "location", ("rewritten", location));
        }

        if (response.IsSuccess && operation.Node.Child("x-ms-pageable").Child("nextLinkName").StringOrNull() is { } nextLinkName
            && RuntimeLinks.RewriteNextLink(response, nextLinkName, request.BaseUrl, origin.RuntimeRoot) is { } nextLink)
        {
            log.Step(correlationId, "nextlink", ("property", nextLinkName), ("rewritten", nextLink));
        }

        var section = response.IsSuccess ? PolicySection.Response : PolicySection.Failure;
        await ApplyPoliciesAsync(correlationId, operation.OperationId, section, Context(section, response), http.RequestAborted).ConfigureAwait(false);
        return response;
    }

    private async Task ApplyPoliciesAsync(string correlationId, string? operationId, PolicySection section, PolicyContext context, CancellationToken cancellationToken)
    {
        var index = 0;
        foreach (var policy in connector.Policies)
        {
            index++;
            if (policy.Definition.Section != section || !policy.Definition.AppliesTo(operationId))
            {
                continue;
            }

            context.Changes.Clear();
            context.Missing.Clear();
            await policy.ApplyAsync(context, cancellationToken).ConfigureAwait(false);
            log.Step(correlationId, "policy", ("section", section.ToString().ToLowerInvariant()), ("index", index), ("template", policy.Definition.TemplateId),
                ("title", policy.Definition.Title), ("changed", context.Changes.Count > 0 ? string.Join("; ", context.Changes) : "nothing"),
                ("missing", context.Missing.Count > 0 ? string.Join(", ", context.Missing.Distinct()) : null));
        }
    }

    private async Task<RuntimeResponse> RunScriptAsync(string correlationId, string operationId, RuntimeRequest request, CallOrigin origin, IBackendCaller caller, CancellationToken callerGone)
    {
        var started = time.GetTimestamp();
        var invocation = new WorkerMessage
        {
            Kind = WorkerMessageKind.Invoke,
            OperationId = operationId,
            CorrelationId = correlationId,
            OriginalRequestUri = origin.AddressWith(origin.Query).AbsoluteUri,
            RuntimeRoot = origin.RuntimeRoot.AbsoluteUri.TrimEnd('/') + "/",
            Request = new WireRequest(request.Method, request.Address.AbsoluteUri,
                [.. request.Headers.All.Where(h => !BackendClient.IsHopByHop(h.Key)).Select(h => new WireHeader(h.Key, h.Value))], request.Body.IsEmpty ? null : request.Body.Bytes),
        };
        log.Step(correlationId, "script-start", ("operation", operationId), ("limit", scripts!.Limit));
        var outcome = await scripts.RunAsync(invocation, send => SendForScriptAsync(send, caller, callerGone), callerGone).ConfigureAwait(false);
        var elapsed = time.GetElapsedTime(started);
        switch (outcome)
        {
            case ScriptOutcome.Completed completed:
                var response = new RuntimeResponse { Status = completed.Response.Status };
                foreach (var header in completed.Response.Headers.Where(h => !BackendClient.IsHopByHop(h.Name)))
                {
                    response.Headers.Add(header.Name, header.Value);
                }

                response.Body.Set(completed.Response.Body ?? []);
                log.Step(correlationId, "script-end", ("outcome", "returned"), ("status", response.Status), ("ms", elapsed));
                return response;
            case ScriptOutcome.TimedOut timedOut:
                log.Step(correlationId, "script-end", ("outcome", "timed-out"), ("limit", timedOut.Limit), ("ms", elapsed));
                return RuntimeErrors.Response(HttpStatusCode.GatewayTimeout, "ScriptTimedOut",
                    $"The custom code ran past its limit of {timedOut.Limit.TotalSeconds:0.###} s and was stopped.");
            case ScriptOutcome.Threw threw:
                log.Step(correlationId, "script-end", ("outcome", "threw"), ("error", threw.Description), ("ms", elapsed));
                return RuntimeErrors.Response(HttpStatusCode.InternalServerError, "ScriptFailed", "The custom code threw " + threw.Description);
            default:
                var crashed = (ScriptOutcome.Crashed)outcome;
                log.Step(correlationId, "script-end", ("outcome", "crashed"), ("error", crashed.Reason), ("ms", elapsed));
                return RuntimeErrors.Response(HttpStatusCode.InternalServerError, "ScriptHostCrashed", crashed.Reason);
        }
    }

    private static async Task<WorkerMessage> SendForScriptAsync(WorkerMessage send, IBackendCaller caller, CancellationToken cancellationToken)
    {
        var wire = send.Request!;
        var request = new RuntimeRequest { Method = wire.Method.ToUpperInvariant(), BaseUrl = new Uri(wire.Uri), Path = "/" };
        request.SetAddress(new Uri(wire.Uri, UriKind.Absolute));
        foreach (var header in wire.Headers)
        {
            request.Headers.Add(header.Name, header.Value);
        }

        request.Body.Set(wire.Body ?? []);
        var answer = await caller.SendAsync(request, "script", cancellationToken).ConfigureAwait(false);
        return new WorkerMessage
        {
            Kind = WorkerMessageKind.SendResult,
            CallId = send.CallId,
            Response = new WireResponse(answer.Status, [.. answer.Headers.All.Select(h => new WireHeader(h.Key, h.Value))], answer.Body.Bytes),
        };
    }

    private RuntimeResponse Refuse(string correlationId, HttpStatusCode status, string code, string message)
    {
        log.Step(correlationId, "refused", ("status", (int)status), ("code", code), ("reason", message));
        return RuntimeErrors.Response(status, code, message);
    }

    /// <summary>
    /// The runtime's own root as the caller reached it, with the connector's basePath. Callers keep one Host header,
    /// so the last root is kept and reused while the host stays the same (one entry: the Host header is the caller's
    /// to choose, and a table of every host seen would grow without bound).
    /// </summary>
    private Uri RuntimeRoot(HttpContext http)
    {
        var authority = http.Request.Scheme + "://" + http.Request.Host.Value;
        if (_lastRoot is { } last && last.Authority == authority)
        {
            return last.Root;
        }

        var root = new Uri(authority + connector.Operations.BasePath, UriKind.Absolute);
        _lastRoot = new KnownRoot(authority, root);
        return root;
    }

    private sealed record KnownRoot(string Authority, Uri Root);

    private static async Task<byte[]> ReadBodyAsync(HttpContext http)
    {
        if (http.Request.ContentLength == 0 || http.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false })
        {
            return [];
        }

        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private static async Task WriteAsync(HttpContext http, RuntimeResponse response)
    {
        http.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers.All.Where(h => !BackendClient.IsHopByHop(h.Key)))
        {
            http.Response.Headers.Append(name, value);
        }

        if (!response.Body.IsEmpty && response.Status is not (204 or 304) && !HttpMethods.IsHead(http.Request.Method))
        {
            http.Response.ContentLength = response.Body.Bytes.Length;
            await http.Response.Body.WriteAsync(response.Body.Bytes, http.RequestAborted).ConfigureAwait(false);
        }
    }
}
