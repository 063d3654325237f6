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
}
