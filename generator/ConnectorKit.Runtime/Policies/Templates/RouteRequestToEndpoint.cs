using ConnectorKit.Runtime.Messages;
using ConnectorKit.Runtime.Policies.Expressions;

namespace ConnectorKit.Runtime.Policies.Templates;

/// <summary>
/// <c>routerequesttoendpoint</c>: sends the request to another path below the host URL (basePath kept), built from
/// newPath with <c>{name}</c> for the operation's parameter values and expressions, each value URL-encoded; a query
/// part in newPath is added to the request's. httpMethod changes the method (<c>@Request.OriginalHTTPMethod</c>, or
/// none, keeps it).
/// </summary>
public sealed class RouteRequestToEndpoint : IRuntimePolicy
{
    public const string Id = "routerequesttoendpoint";

    public static readonly PolicySection[] Sections = [PolicySection.Request];

    private const string OriginalMethod = "@Request.OriginalHTTPMethod";

    private readonly ValueTemplate _newPath;
    private readonly string? _method;

    private RouteRequestToEndpoint(PolicyDefinition definition)
    {
        Definition = definition;
        _newPath = definition.RequiredTemplate("newPath");
        var method = definition.Optional("httpMethod");
        _method = method is null || string.Equals(method, OriginalMethod, StringComparison.OrdinalIgnoreCase)
            ? null
            : definition.Choice("httpMethod", "GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD");
    }

    public PolicyDefinition Definition { get; }

    public static IRuntimePolicy Create(PolicyDefinition definition) => new RouteRequestToEndpoint(definition);

    public Task ApplyAsync(PolicyContext context, CancellationToken cancellationToken)
    {
        var path = context.EvaluateText(_newPath, context.Scope(), encodeForUrl: true);
        var question = path.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            foreach (var pair in QueryText.Parse(path[(question + 1)..]))
            {
                context.Request.SetQuery(pair.Key, pair.Value);
            }

            path = path[..question];
        }

        context.Request.Path = "/" + path.TrimStart('/');
        context.Changes.Add($"path set to {context.Request.Path}");
        if (_method is not null && !string.Equals(_method, context.Request.Method, StringComparison.OrdinalIgnoreCase))
        {
            context.Request.Method = _method;
            context.Changes.Add($"method set to {_method}");
        }

        return Task.CompletedTask;
    }
}
