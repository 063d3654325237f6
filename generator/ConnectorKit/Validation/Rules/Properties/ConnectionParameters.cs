using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Properties;

/// <summary>A connection parameter of apiProperties with its JSON pointer; from connectionParameters or one of the connectionParameterSets.</summary>
internal readonly record struct ConnectionParameterSite(string Name, JsonNode? Node, string Pointer);

internal static class ConnectionParameters
{
    /// <summary>Every connection parameter, the plain ones first, then those of each parameter set in order.</summary>
    public static IEnumerable<ConnectionParameterSite> All(ValidationContext context)
    {
        var properties = context.Definition.Properties;
        foreach (var (name, node) in properties.ConnectionParameters ?? [])
        {
            yield return new ConnectionParameterSite(name, node, JsonPointer.Append("/properties/connectionParameters", name));
        }

        var sets = properties.ConnectionParameterSets.Child("values").ArrayOrNull() ?? [];
        for (var i = 0; i < sets.Count; i++)
        {
            var setPointer = JsonPointer.Append("/properties/connectionParameterSets/values", i);
            foreach (var (name, node) in sets[i].Child("parameters").ObjectOrNull() ?? [])
            {
                yield return new ConnectionParameterSite(name, node, JsonPointer.Append(JsonPointer.Append(setPointer, "parameters"), name));
            }
        }
    }

    /// <summary>Every OAuth settings object, with the pointer of its <c>oAuthSettings</c> key.</summary>
    public static IEnumerable<(JsonObject Settings, string Pointer, string Parameter)> OAuthSettings(ValidationContext context) =>
        All(context)
            .Where(p => p.Node.Child("oAuthSettings") is JsonObject)
            .Select(p => ((JsonObject)p.Node.Child("oAuthSettings")!, JsonPointer.Append(p.Pointer, "oAuthSettings"), p.Name));
}
