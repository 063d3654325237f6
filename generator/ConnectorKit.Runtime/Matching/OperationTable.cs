using ConnectorKit.Definition;

namespace ConnectorKit.Runtime.Matching;

/// <summary>
/// Every operation of a definition by method and path template below the basePath. A request path outside the
/// basePath matches nothing; among templates that match, the most specific wins.
/// </summary>
public sealed class OperationTable
{
    private readonly IReadOnlyList<(OperationView Operation, PathTemplate Template)> _routes;

    public OperationTable(SwaggerDocument swagger)
    {
        BasePath = NormaliseBasePath(swagger.BasePath);
        _routes = [.. swagger.Operations
            .Select(o => (Operation: o, Template: new PathTemplate(o.Path)))
            .OrderByDescending(r => r.Template.LiteralLength)
            .ThenBy(r => r.Template.ParameterCount)];
    }

    /// <summary>The basePath without a trailing slash; empty for "/" or none.</summary>
    public string BasePath { get; }

    public IReadOnlyList<OperationView> Operations => [.. _routes.Select(r => r.Operation)];

    public OperationMatch Match(string method, string rawPath, IReadOnlyList<KeyValuePair<string, string>> query)
    {
        if (!StartsWithBasePath(rawPath))
        {
            return OperationMatch.NotFound;
        }

        var below = rawPath[BasePath.Length..];
        var allowed = new List<string>();
        foreach (var (operation, template) in _routes)
        {
            if (template.Match(below, query) is not { } values)
            {
                continue;
            }

            if (string.Equals(operation.Method, method, StringComparison.OrdinalIgnoreCase))
            {
                return new OperationMatch(operation, template, values, []);
            }

            allowed.Add(operation.Method.ToUpperInvariant());
        }

        return allowed.Count > 0 ? new OperationMatch(null, null, null, [.. allowed.Distinct()]) : OperationMatch.NotFound;
    }

    public static string NormaliseBasePath(string? basePath) => string.IsNullOrEmpty(basePath) || basePath == "/" ? string.Empty : "/" + basePath.Trim('/');

    private bool StartsWithBasePath(string rawPath) =>
        BasePath.Length == 0 || (rawPath.StartsWith(BasePath, StringComparison.OrdinalIgnoreCase) && (rawPath.Length == BasePath.Length || rawPath[BasePath.Length] == '/'));
}

/// <summary>What a request matched: an operation with its raw path values, or the methods the path allows, or nothing.</summary>
public sealed record OperationMatch(OperationView? Operation, PathTemplate? Template, IReadOnlyDictionary<string, string>? RawPathValues, IReadOnlyList<string> AllowedMethods)
{
    public static OperationMatch NotFound { get; } = new(null, null, null, []);
}
