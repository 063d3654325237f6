using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace ConnectorKit.Validation.Rules.Swagger.Operations.Support;

/// <summary>
/// Keeps something several rules derive from one definition tree, computed on first use and dropped with the tree
/// (weakly keyed by its root object). It assumes the tree does not change once validation has begun: rules never
/// change it, and a caller that edits a tree and validates it again must validate a new tree (a re-read or copy).
/// </summary>
internal sealed class DocumentMemo<T>(Func<JsonObject, T> compute)
    where T : class
{
    private readonly ConditionalWeakTable<JsonObject, T> _values = new();

    public T Of(JsonObject root) => _values.GetValue(root, r => compute(r));
}
