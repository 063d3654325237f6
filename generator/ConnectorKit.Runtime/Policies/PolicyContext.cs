using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Runtime.Connections;
using ConnectorKit.Runtime.Forwarding;
using ConnectorKit.Runtime.Messages;
using ConnectorKit.Runtime.Policies.Expressions;

namespace ConnectorKit.Runtime.Policies;

/// <summary>
/// One call as a policy sees it: the request (and, after the backend call, the response), the connection, the
/// operation and its parameter values, the caller's original address, and where to note what the policy changed.
/// </summary>
public sealed class PolicyContext
{
    public required RuntimeRequest Request { get; init; }

    public RuntimeResponse? Response { get; init; }

    public required PolicySection Section { get; init; }

    public required ConnectionValues Connection { get; init; }

    public required OperationView Operation { get; init; }

    /// <summary>The operation's decoded path values, which <c>{name}</c> references read.</summary>
    public required IReadOnlyDictionary<string, string> ParameterValues { get; init; }

    public required CallOrigin Origin { get; init; }

    public required IBackendCaller Backend { get; init; }

    public required RuntimeState State { get; init; }

    /// <summary>What the policy changed (or why it changed nothing), one entry each, for the log.</summary>
    public List<string> Changes { get; } = [];

    /// <summary>Expressions that found no value, for the log.</summary>
    public List<string> Missing { get; } = [];

    /// <summary>The headers of the message at hand: the request's in the request section, the response's after.</summary>
    public HeaderList Headers => Section == PolicySection.Request ? Request.Headers : Response!.Headers;

    /// <summary>The body of the message at hand.</summary>
    public MessageBody Body => Section == PolicySection.Request ? Request.Body : Response!.Body;

    public ExpressionScope Scope(JsonNode? item = null, JsonNode? triggerBody = null, JsonNode? body = null)
    {
        var scope = new ExpressionScope
        {
            Connection = Connection,
            Headers = Headers,
            Request = Request,
            Body = body is null ? Body.ReadJson : () => body,
            Item = item,
            TriggerBody = triggerBody,
            ParameterValues = ParameterValues,
            OriginalMethod = Origin.Method,
        };
        return scope;
    }

    /// <summary>Evaluates a template and keeps the scope's missing values for the log.</summary>
    public JsonNode? Evaluate(ValueTemplate template, ExpressionScope scope)
    {
        var value = template.Evaluate(scope);
        Missing.AddRange(scope.Missing);
        scope.Missing.Clear();
        return value;
    }

    public string EvaluateText(ValueTemplate template, ExpressionScope scope, bool encodeForUrl = false)
    {
        var value = template.EvaluateText(scope, encodeForUrl);
        Missing.AddRange(scope.Missing);
        scope.Missing.Clear();
        return value;
    }
}

/// <summary>How the caller reached the runtime: method, the runtime's root (with the basePath), the path below it and the query as sent.</summary>
public sealed record CallOrigin(string Method, Uri RuntimeRoot, string RawPath, IReadOnlyList<KeyValuePair<string, string>> Query, bool IsPollingStateCall)
{
    /// <summary>The caller's address rebuilt from its parts, with another query.</summary>
    public Uri AddressWith(IEnumerable<KeyValuePair<string, string>> query)
    {
        var text = RuntimeRoot.AbsoluteUri.TrimEnd('/') + RawPath;
        var pairs = query.Select(q => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(q.Value)).ToList();
        return new Uri(pairs.Count == 0 ? text : text + "?" + string.Join("&", pairs), UriKind.Absolute);
    }
}
