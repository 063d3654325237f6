using ConnectorKit.Definition;

namespace ConnectorKit.Validation.Rules.Swagger.Operations.Support;

/// <summary>An operation with the shape of its path (see <see cref="PathTemplate.Shape"/>).</summary>
internal sealed record Route(OperationView Operation, IReadOnlyList<string> Shape)
{
    public static IReadOnlyList<Route> Of(SwaggerDocument swagger) =>
        [.. swagger.Operations.Select(o => new Route(o, PathTemplate.Shape(o.Path)))];

    /// <summary>Another operation answering the same method on a different path (paths equal but for case are <c>PathRedefined</c>).</summary>
    public bool Competes(Route other) =>
        other.Operation.Method == Operation.Method && other.Shape.Count == Shape.Count
        && !string.Equals(other.Operation.Path, Operation.Path, StringComparison.OrdinalIgnoreCase);

    public bool SameShape(Route other) => Shape.SequenceEqual(other.Shape, StringComparer.OrdinalIgnoreCase);

    public static bool IsVariable(string segment) => segment == PathTemplate.AnyValue;

    /// <summary>
    /// For each route (by position), the positions of the routes it <see cref="Competes"/> with, in document order. Routes are grouped by
    /// method, length and first segment (a variable first segment joins every group of its method and length), so a
    /// connector of thousands of operations is not compared pair by pair.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<int>> Rivals(IReadOnlyList<Route> routes)
    {
        var groups = new Dictionary<(string Method, int Length, string First), List<int>>();
        for (var index = 0; index < routes.Count; index++)
        {
            var key = GroupOf(routes[index]);
            if (!groups.TryGetValue(key, out var members))
            {
                groups[key] = members = [];
            }

            members.Add(index);
        }

        return [.. routes.Select(route =>
        {
            var (method, length, first) = GroupOf(route);
            var candidates = first == PathTemplate.AnyValue
                ? groups.Where(g => g.Key.Method == method && g.Key.Length == length).SelectMany(g => g.Value)
                : groups.GetValueOrDefault((method, length, first), []).Concat(groups.GetValueOrDefault((method, length, PathTemplate.AnyValue), []));
            return (IReadOnlyList<int>)[.. candidates.Order().Where(i => route.Competes(routes[i]))];
        })];
    }

    private static (string Method, int Length, string First) GroupOf(Route route) =>
        (route.Operation.Method, route.Shape.Count, route.Shape.Count == 0 ? string.Empty : route.Shape[0].ToUpperInvariant());
}
