using ConnectorKit.Diagnostics;
using ConnectorKit.Model;

namespace ConnectorKit.Checking;

/// <summary>The method and path an operation is served at, and where the model states them.</summary>
internal sealed record OperationRoute(string Method, string Path, SourcePosition Position);

/// <summary>A parameter of an operation with its definition resolved, and where the operation lists it.</summary>
internal sealed record ResolvedParameter(ParameterModel Parameter, SourcePosition Position);

/// <summary>Lookups the checks share. Duplicated names keep their first definition; duplicates are reported elsewhere.</summary>
internal static class ModelQueries
{
    public static Dictionary<string, OperationModel> OperationsById(this ConnectorModel model) =>
        FirstByName(model.Operations, o => o.Id);

    public static Dictionary<string, ParameterModel> ReusableParametersByKey(this ConnectorModel model) =>
        FirstByName(model.Parameters, p => p.Key);

    /// <summary>Reusable parameters and every operation's inline ones: all places a picker can be written.</summary>
    public static IEnumerable<ParameterModel> AllParameterDefinitions(this ConnectorModel model) =>
        model.Parameters.Concat(model.Operations.SelectMany(o => o.Parameters).Select(p => p.Inline).OfType<ParameterModel>());

    /// <summary>The operation's parameters; references to undefined reusable parameters are left out.</summary>
    public static IEnumerable<ResolvedParameter> ResolvedParameters(
        this OperationModel operation, IReadOnlyDictionary<string, ParameterModel> reusable)
    {
        foreach (var entry in operation.Parameters)
        {
            if (entry.Inline is { } inline)
            {
                yield return new ResolvedParameter(inline, inline.Position);
            }
            else if (entry.Reference is { } reference && reusable.TryGetValue(reference.Name, out var definition))
            {
                yield return new ResolvedParameter(definition, reference.Position);
            }
        }
    }

    /// <summary>Null for a trigger that is neither webhook nor polling (the loader reports that).</summary>
    public static OperationRoute? Route(this OperationModel operation) => operation switch
    {
        ActionModel action => new OperationRoute(action.Method, action.Path, Known(action.PathPosition, action.Position)),
        TriggerModel { Webhook: { } webhook } => new OperationRoute("post", webhook.Path, Known(webhook.PathPosition, webhook.Position)),
        TriggerModel { Polling: { } polling } => new OperationRoute(polling.Method, polling.Path, Known(polling.PathPosition, polling.Position)),
        _ => null,
    };

    private static SourcePosition Known(SourcePosition preferred, SourcePosition fallback) => preferred.IsKnown ? preferred : fallback;

    public static string Kind(this OperationModel operation) => operation is TriggerModel ? "trigger" : "action";

    public static bool IsIn(this ParameterModel parameter, string location) =>
        string.Equals(parameter.In, location, StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, T> FirstByName<T>(IEnumerable<T> items, Func<T, string> name)
    {
        var byName = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            byName.TryAdd(name(item), item);
        }

        return byName;
    }
}
