using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Checking;

/// <summary>
/// CK2002: every <c>$ref</c> in a schema, and every webhook's <c>bodySchema</c>, names a defined schema, either bare
/// (<c>Name</c>) or as <c>#/definitions/Name</c>. Example and default values are data, so a <c>$ref</c> key inside them is not a reference.
/// </summary>
public sealed class SchemaReferenceCheck : IModelCheck
{
    private const string DefinitionsPrefix = "#/definitions/";

    private static readonly HashSet<string> DataKeywords = new(StringComparer.Ordinal) { "default", "enum", "example", "examples" };

    private static readonly HashSet<string> NameMapKeywords = new(StringComparer.Ordinal) { "properties", "patternProperties", "definitions" };

    public string Id => "schema-references";

    public void Check(ConnectorModel model, DiagnosticBag diagnostics)
    {
        var names = model.Schemas.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var schema in SchemasOf(model))
        {
            Walk(schema.Value, JsonPointer.Root, isNameMap: false, schema, names, diagnostics);
        }

        foreach (var reference in model.Triggers.Select(t => t.Webhook?.BodySchema).OfType<ModelReference>())
        {
            CheckTarget(reference.Name, reference.Position, names, diagnostics);
        }
    }

    private static IEnumerable<RawJson> SchemasOf(ConnectorModel model)
    {
        var parameters = model.AllParameterDefinitions().SelectMany(p => new[] { p.Schema, p.Items });
        var responses = model.Responses.Concat(model.Operations.SelectMany(o => o.Responses)).Select(r => r.Schema);
        var triggers = model.Operations.SelectMany(
            o => new[] { o.Payload, (o as TriggerModel)?.Webhook?.Subscription });
        return model.Schemas.Select(s => s.Schema).Concat(parameters).Concat(responses).Concat(triggers).OfType<RawJson>();
    }

    private static void Walk(JsonNode? node, string pointer, bool isNameMap, RawJson schema, HashSet<string> names, DiagnosticBag diagnostics)
    {
        if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Walk(array[i], JsonPointer.Append(pointer, i), isNameMap: false, schema, names, diagnostics);
            }

            return;
        }

        if (node is not JsonObject obj)
        {
            return;
        }

        foreach (var (key, child) in obj)
        {
            var childPointer = JsonPointer.Append(pointer, key);
            if (isNameMap)
            {
                Walk(child, childPointer, isNameMap: false, schema, names, diagnostics);
            }
            else if (key == "$ref" && child.StringOrNull() is { } target)
            {
                CheckTarget(target, schema.PositionOf(childPointer), names, diagnostics);
            }
            else if (!DataKeywords.Contains(key))
            {
                Walk(child, childPointer, NameMapKeywords.Contains(key), schema, names, diagnostics);
            }
        }
    }

    private static void CheckTarget(string target, SourcePosition position, HashSet<string> names, DiagnosticBag diagnostics)
    {
        if (SchemaName(target) is not { } name)
        {
            diagnostics.Add(
                DiagnosticCodes.UnknownSchema,
                position,
                $"'$ref: {target}' is neither a schema name nor '{DefinitionsPrefix}Name'.");
        }
        else if (!names.Contains(name))
        {
            diagnostics.Add(
                DiagnosticCodes.UnknownSchema,
                position,
                $"Schema '{name}' is not defined under 'schemas'.{Suggestions.DidYouMean(name, names.Order(StringComparer.Ordinal))}");
        }
    }

    /// <summary>The schema a reference names, or null when it points anywhere else.</summary>
    private static string? SchemaName(string target)
    {
        if (target.StartsWith(DefinitionsPrefix, StringComparison.Ordinal))
        {
            var token = JsonPointer.Split(target[1..]) is [_, var name, ..] ? name : null;
            return string.IsNullOrEmpty(token) ? null : token;
        }

        return target.Length == 0 || target.Contains('/') || target.Contains('#') ? null : target;
    }
}
