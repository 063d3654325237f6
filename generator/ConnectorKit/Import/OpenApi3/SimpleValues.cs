using System.Text.Json.Nodes;
using ConnectorKit.Import.Conversion;
using ConnectorKit.Json;
using Microsoft.OpenApi;
using JsonPointer = ConnectorKit.Json.JsonPointer;

namespace ConnectorKit.Import.OpenApi3;

/// <summary>
/// Swagger 2.0 parameters outside the body, form fields and response headers hold a simple value (string, number,
/// integer, boolean) or an array of them, written as keys of the parameter itself rather than as a schema, and never
/// as a reference. This writes a schema's type and restrictions so, with references resolved; a value Swagger 2.0
/// cannot hold there (an object, an untyped value) is sent as a string, and said so.
/// </summary>
internal sealed class SimpleValues(ConversionContext context, SchemaConverter schemas)
{
    private static readonly HashSet<string> SimpleTypes = new(StringComparer.Ordinal) { "string", "number", "integer", "boolean", "array" };

    /// <summary>The keys a simple value may have in Swagger 2.0 (its "items" object too).</summary>
    private static readonly string[] Keys =
        ["type", "format", "items", "default", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength",
         "pattern", "maxItems", "minItems", "uniqueItems", "enum", "multipleOf"];

    /// <summary>Writes the value's keys into <paramref name="target"/>; what it is (a parameter, a header) names it in findings.</summary>
    public void Write(IOpenApiSchema? schema, string pointer, JsonObject target, string what)
    {
        var converted = Inline(schema, ref pointer);
        if (converted.Child("type").StringOrNull() is not { } type || !SimpleTypes.Contains(type))
        {
            context.NotExpressible(pointer, $"Swagger 2.0 gives {what} a simple type (or an array of them), not {Describe(converted)}; it is sent as a string.");
            target["type"] = "string";
            return;
        }

        Copy(converted, target);
        if (type == "array")
        {
            var items = new JsonObject();
            var itemsSchema = Resolve(schema)?.Items;
            var itemsPointer = JsonPointer.Append(pointer, "items");
            var itemsConverted = Inline(itemsSchema, ref itemsPointer);
            if (itemsConverted.Child("type").StringOrNull() is { } itemType && itemType != "array" && SimpleTypes.Contains(itemType))
            {
                Copy(itemsConverted, items);
            }
            else
            {
                context.NotExpressible(itemsPointer, $"Swagger 2.0 gives the items of {what} a simple type, not {Describe(itemsConverted)}; they are sent as strings.");
                items["type"] = "string";
            }

            target["items"] = items;
        }
    }

    /// <summary>The schema converted with its reference resolved; the pointer moves to the referenced component.</summary>
    private JsonObject Inline(IOpenApiSchema? schema, ref string pointer)
    {
        if (schema is null)
        {
            return [];
        }

        if (SchemaConverter.ComponentName(schema) is { } name && Resolve(schema) is { } target)
        {
            pointer = ComponentReferences.Pointer("schemas", name);
            return schemas.Convert(target, pointer);
        }

        return schemas.Convert(schema, pointer);
    }

    private static IOpenApiSchema? Resolve(IOpenApiSchema? schema) => schema is null ? null : SchemaConverter.Resolve(schema);

    private static void Copy(JsonObject converted, JsonObject target)
    {
        foreach (var key in Keys.Where(k => k != "items" && converted.ContainsKey(k)))
        {
            target[key] = converted[key]?.DeepClone();
        }

        foreach (var (key, value) in converted.Where(p => p.Key.StartsWith("x-", StringComparison.Ordinal)))
        {
            target[key] = value?.DeepClone();
        }
    }

    private static string Describe(JsonObject converted) => converted.Child("type").StringOrNull() switch
    {
        "object" => "an object",
        null when converted.ContainsKey("properties") => "an object",
        null => "an untyped value",
        var other => $"'{other}'",
    };
}
