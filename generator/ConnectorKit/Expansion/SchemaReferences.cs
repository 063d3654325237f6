using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Expansion;

/// <summary>The model's schema shortcut: <c>$ref: Name</c> (a bare name) means <c>#/definitions/Name</c>.</summary>
internal static class SchemaReferences
{
    public const string DefinitionsPrefix = "#/definitions/";

    /// <summary>Rewrites every bare <c>$ref</c> in the tree in place; qualified references stay as written.</summary>
    public static void Qualify(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (key == "$ref" && value.StringOrNull() is { } reference && IsBareName(reference))
                    {
                        obj[key] = DefinitionsPrefix + JsonPointer.Escape(reference);
                    }
                    else
                    {
                        Qualify(value);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Qualify(item);
                }

                break;
        }
    }

    /// <summary>A name with no <c>#</c> or <c>/</c>: neither a JSON pointer nor a file or URL.</summary>
    public static bool IsBareName(string reference) =>
        reference.Length > 0 && !reference.Contains('#', StringComparison.Ordinal) && !reference.Contains('/', StringComparison.Ordinal);
}
