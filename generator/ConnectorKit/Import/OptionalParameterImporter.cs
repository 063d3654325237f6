using System.Text.Json.Nodes;
using ConnectorKit.Json;
using ConnectorKit.Loading;

namespace ConnectorKit.Import;

/// <summary>
/// Where most optional parameters of a connector leave <c>required</c> out (the importer says <c>required: null</c>
/// for each), the connector says <c>markOptional: false</c> once: those lose their <c>required: null</c>, and the
/// optional parameters that do write <c>required: false</c> say so.
/// </summary>
internal static class OptionalParameterImporter
{
    private const string Required = "required";

    public static void Apply(ImportDraft draft)
    {
        var optional = Parameters(draft)
            // A path parameter is always required and a body without the key has none whatever markOptional says.
            .Where(p => p.Child("in").Text() is { } location && location is not ("path" or "body"))
            .Where(p => !p.ContainsKey(Required) || p.Child(Required) is null)
            .ToList();
        var unmarked = optional.Count(p => p.ContainsKey(Required));
        if (unmarked <= optional.Count - unmarked + 1)
        {
            return;
        }

        draft.Connector[ModelWideSettings.MarkOptionalKey] = false;
        foreach (var parameter in optional)
        {
            // The optional ones are unmarked (required: null, now left to the setting) or leave the key out.
            if (!parameter.Remove(Required))
            {
                parameter[Required] = false;
            }
        }
    }

    /// <summary>The reusable parameters and those written inline in the operations, in the model's words.</summary>
    private static IEnumerable<JsonObject> Parameters(ImportDraft draft) =>
        draft.Parameters.Select(p => p.Value)
            .Concat(draft.Operations.SelectMany(o => o.Yaml.Child("parameters") as JsonArray ?? []))
            .OfType<JsonObject>();
}
