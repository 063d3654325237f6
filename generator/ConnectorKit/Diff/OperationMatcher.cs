using System.Text.RegularExpressions;
using ConnectorKit.Definition;

namespace ConnectorKit.Diff;

/// <summary>
/// Pairs the operations of two versions: by operation id first (flows refer to operations by id), then an old
/// operation whose id vanished is paired with a new operation of a new id at the same method and path.
/// </summary>
internal static partial class OperationMatcher
{
    public static IReadOnlyList<OperationPair> Match(SwaggerDocument old, SwaggerDocument @new)
    {
        var oldOperations = old.Operations.ToList();
        var newOperations = new List<OperationView>(@new.Operations);
        var oldIds = oldOperations.Select(o => o.OperationId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var pairs = new List<OperationPair>();

        foreach (var oldOperation in oldOperations)
        {
            var byId = oldOperation.OperationId is { } id ? newOperations.FindIndex(n => n.OperationId == id) : -1;
            if (byId >= 0)
            {
                pairs.Add(new OperationPair(oldOperation, newOperations[byId]));
                newOperations.RemoveAt(byId);
                continue;
            }

            var byRoute = newOperations.FindIndex(n => SameRoute(oldOperation, n) && (n.OperationId is null || !oldIds.Contains(n.OperationId)));
            if (byRoute >= 0)
            {
                var renamed = newOperations[byRoute];
                pairs.Add(new OperationPair(oldOperation, renamed, IdChanged: oldOperation.OperationId is not null && oldOperation.OperationId != renamed.OperationId));
                newOperations.RemoveAt(byRoute);
                continue;
            }

            pairs.Add(new OperationPair(oldOperation, null));
        }

        pairs.AddRange(newOperations.Select(n => new OperationPair(null, n)));
        return pairs;
    }

    /// <summary>Same method and the same path once template names are ignored (a renamed path parameter is reported as a parameter change).</summary>
    public static bool SameRoute(OperationView left, OperationView right) =>
        left.Method == right.Method && NormalizePath(left.Path) == NormalizePath(right.Path);

    public static string NormalizePath(string path) => TemplateSegment().Replace(path, "{}").TrimEnd('/');

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex TemplateSegment();
}
