using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.ClientGeneration.Schemas;

/// <summary>Follows local <c>$ref</c>s (<c>#/definitions/X</c>, <c>#/parameters/X</c>, <c>#/responses/X</c>) of a Swagger document.</summary>
internal sealed class SwaggerReferences(SwaggerDocument swagger)
{
    private const int MaxDepth = 32;

    public SwaggerDocument Swagger { get; } = swagger;

    /// <summary>The definition name a schema refers to, or null when it is no <c>#/definitions/</c> reference.</summary>
    public static string? DefinitionName(JsonObject schema) => RefName(schema, "#/definitions/");

    public JsonObject? Definition(string name) => Swagger.Definitions.Child(name).ObjectOrNull();

    /// <summary>The node itself, or what its chain of $refs into the given section ends at (null for a broken or circular chain).</summary>
    public JsonObject? Resolve(JsonNode? node, string section)
    {
        var current = node as JsonObject;
        for (var depth = 0; current is not null && depth < MaxDepth; depth++)
        {
            if (RefName(current, "#/" + section + "/") is not { } name)
            {
                return current.Child("$ref") is null ? current : null;
            }

            current = Swagger.Node[section].Child(name).ObjectOrNull();
        }

        return null;
    }

    private static string? RefName(JsonObject node, string prefix)
    {
        var reference = node.Child("$ref").StringOrNull();
        return reference is not null && reference.StartsWith(prefix, StringComparison.Ordinal) && reference.Length > prefix.Length
            ? JsonPointer.Unescape(reference[prefix.Length..])
            : null;
    }
}
