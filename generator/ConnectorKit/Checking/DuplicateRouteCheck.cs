using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Checking;

/// <summary>CK2015: one method of one path serves one operation (a path item holds one operation per method).</summary>
public sealed class DuplicateRouteCheck : IModelCheck
{
    public string Id => "duplicate-routes";

    public void Check(ConnectorModel model, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, OperationModel>(StringComparer.Ordinal);
        foreach (var operation in model.Operations)
        {
            if (operation.Route() is not { } route)
            {
                continue;
            }

            var method = route.Method.ToUpperInvariant();
            var key = method + " " + route.Path;
            if (!first.TryAdd(key, operation))
            {
                var original = first[key];
                diagnostics.Add(
                    DiagnosticCodes.DuplicateRoute,
                    route.Position,
                    $"{method} {route.Path} of {operation.Kind()} '{operation.Id}' is already served by {original.Kind()} '{original.Id}' at {original.Position}.");
            }
        }
    }
}
