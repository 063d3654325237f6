using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Properties;

/// <summary>A connection parameter of apiProperties with its JSON pointer; from connectionParameters or one of the connectionParameterSets.</summary>
internal readonly record struct ConnectionParameterSite(string Name, JsonNode? Node, string Pointer);

internal static class ConnectionParameters
{
    /// <summary>Every connection parameter, the plain ones first, then those of each parameter set in order.</summary>
    public static IEnumerable<ConnectionParameterSite> All(ValidationContext context) =>
        context.Definition.Properties.AllConnectionParameters().Select(p => new ConnectionParameterSite(p.Name, p.Node, p.Pointer));

    /// <summary>Every OAuth settings object, with the pointer of its <c>oAuthSettings</c> key.</summary>
    public static IEnumerable<(JsonObject Settings, string Pointer, string Parameter)> OAuthSettings(ValidationContext context) =>
        All(context)
            .Where(p => p.Node.Child("oAuthSettings") is JsonObject)
            .Select(p => ((JsonObject)p.Node.Child("oAuthSettings")!, JsonPointer.Append(p.Pointer, "oAuthSettings"), p.Name));
}
