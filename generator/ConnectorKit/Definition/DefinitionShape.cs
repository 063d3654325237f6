using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;

namespace ConnectorKit.Definition;

/// <summary>
/// The structure every reader of a connector relies on, checked once where the files are read so that every command
/// reports the same finding: each file holds an object, and in the swagger <c>paths</c>, each path item and each
/// operation are objects; in apiProperties, <c>properties</c> is. A connector that breaks it is not read at all:
/// the typed views would otherwise skip those parts without a word.
/// </summary>
public static class DefinitionShape
{
    public static IEnumerable<Diagnostic> OfApiDefinition(JsonNode? root, JsonPositionIndex positions)
    {
        if (root is not JsonObject swagger)
        {
            yield return NotAnObject(positions, JsonPointer.Root, $"The swagger file must hold a JSON object, not {Describe(root)}.");
            yield break;
        }

        if (!swagger.TryGetPropertyValue("paths", out var pathsNode))
        {
            yield break;
        }

        if (pathsNode is not JsonObject paths)
        {
            yield return NotAnObject(positions, "/paths", $"'paths' must be an object of path items, not {Describe(pathsNode)}.");
            yield break;
        }

        foreach (var (path, item) in paths.Where(p => !p.Key.StartsWith("x-", StringComparison.Ordinal)))
        {
            var itemPointer = JsonPointer.Append("/paths", path);
            if (item is not JsonObject pathItem)
            {
                yield return NotAnObject(positions, itemPointer, $"The path item '{path}' must be an object of operations, not {Describe(item)}.");
                continue;
            }

            foreach (var (method, operation) in pathItem)
            {
                if (operation is not JsonObject && SwaggerDocument.Methods.Contains(method, StringComparer.OrdinalIgnoreCase))
                {
                    yield return NotAnObject(positions, JsonPointer.Append(itemPointer, method),
                        $"The operation '{method} {path}' must be an object, not {Describe(operation)}.");
                }
            }
        }
    }

    public static IEnumerable<Diagnostic> OfApiProperties(JsonNode? root, JsonPositionIndex positions)
    {
        if (root is not JsonObject apiProperties)
        {
            yield return NotAnObject(positions, JsonPointer.Root, $"{DefinitionFiles.ApiProperties} must hold a JSON object, not {Describe(root)}.");
        }
        else if (apiProperties.TryGetPropertyValue("properties", out var properties) && properties is not JsonObject)
        {
            yield return NotAnObject(positions, "/properties", $"'properties' must be an object, not {Describe(properties)}.");
        }
    }

    private static Diagnostic NotAnObject(JsonPositionIndex positions, string pointer, string message) =>
        Diagnostic.Create(DiagnosticCodes.WrongType, positions.Find(pointer), message);

    private static string Describe(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "an object",
    };
}
