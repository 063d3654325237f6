using System.Globalization;
using System.Text.Json.Nodes;
using ConnectorKit.Expansion;
using ConnectorKit.Import.Conversion;
using ConnectorKit.Json;
using Microsoft.OpenApi;
using JsonPointer = ConnectorKit.Json.JsonPointer;

namespace ConnectorKit.Import.OpenApi3;

/// <summary>
/// Turns an OpenAPI 3.0/3.1 schema (OpenAPI.NET's model) into a Swagger 2.0 schema, key by key. A reference to a
/// component schema becomes <c>#/definitions/Name</c>; what Swagger 2.0's schema cannot say (oneOf, anyOf, not,
/// several types, writeOnly, JSON Schema 2020-12 keywords, a discriminator mapping) is a finding at the source node,
/// with what was written instead. A null type becomes <c>x-nullable: true</c>, the vendor extension code generators read.
/// </summary>
internal sealed class SchemaConverter(ConversionContext context)
{
    /// <summary>Past this depth of inline schemas (only a hostile document nests so deep) the rest is left untyped.</summary>
    private const int MaxDepth = 64;

    private static readonly HashSet<string> UnsupportedKeywords = new(StringComparer.Ordinal)
    {
        "patternProperties", "dependentRequired", "dependentSchemas", "if", "then", "else", "contains", "minContains",
        "maxContains", "propertyNames", "unevaluatedProperties", "unevaluatedItems", "prefixItems", "contentMediaType",
        "contentEncoding", "contentSchema", "$defs", "$id", "$anchor", "$dynamicRef", "$dynamicAnchor", "$schema",
    };

    public JsonObject Convert(IOpenApiSchema schema, string pointer) => Convert(schema, pointer, 0);

    /// <summary>The definition name of a reference to a component schema of this document, or null.</summary>
    public static string? ComponentName(IOpenApiSchema schema) =>
        ComponentReferences.Name((schema as OpenApiSchemaReference)?.Reference, "schemas");

    /// <summary>The schema a reference stands for (itself when it is no reference); null when the reference leads nowhere.</summary>
    public static IOpenApiSchema? Resolve(IOpenApiSchema schema) => schema is OpenApiSchemaReference reference ? reference.Target : schema;

    private JsonObject Convert(IOpenApiSchema schema, string pointer, int depth)
    {
        if (depth > MaxDepth)
        {
            context.NotExpressible(pointer, $"Schemas nest deeper than {MaxDepth} levels here; the rest is left untyped.");
            return [];
        }

        if (schema is OpenApiSchemaReference reference)
        {
            return ConvertReference(reference, pointer, depth);
        }

        var result = new JsonObject();
        WriteType(schema, result, pointer);
        result.AddIfPresent("title", schema.Title);
        result.AddIfPresent("description", schema.Description);
        result.AddIfPresent("format", schema.Format);
        Copy(result, "default", schema.Default);
        WriteNumericLimits(schema, result);
        AddNumber(result, "maxLength", schema.MaxLength);
        AddNumber(result, "minLength", schema.MinLength);
        result.AddIfPresent("pattern", schema.Pattern);
        AddNumber(result, "maxItems", schema.MaxItems);
        AddNumber(result, "minItems", schema.MinItems);
        if (schema.UniqueItems == true)
        {
            result["uniqueItems"] = true;
        }

        AddNumber(result, "maxProperties", schema.MaxProperties);
        AddNumber(result, "minProperties", schema.MinProperties);
        WriteEnum(schema, result);
        WriteComposition(schema, result, pointer, depth);
        WriteObject(schema, result, pointer, depth);
        if (schema.Items is { } items)
        {
            result["items"] = Convert(items, JsonPointer.Append(pointer, "items"), depth + 1);
        }

        if (schema.ReadOnly)
        {
            result["readOnly"] = true;
        }

        if (schema.WriteOnly)
        {
            context.NotExpressible(pointer, "Swagger 2.0 has no 'writeOnly'; the value is written as an ordinary property, also shown in responses.");
        }

        if (schema.Deprecated)
        {
            context.DocumentationLeftOut(pointer, "Swagger 2.0 schemas have no 'deprecated'; say it in the description.");
        }

        WriteXml(schema.Xml, result);
        WriteExternalDocs(schema.ExternalDocs, result);
        WriteExample(schema, result, pointer);
        ReportUnsupported(schema, pointer);
        WriteExtensions((schema as IOpenApiReadOnlyExtensible)?.Extensions, result);
        return result;
    }

    private JsonObject ConvertReference(OpenApiSchemaReference reference, string pointer, int depth)
    {
        if (ComponentName(reference) is { } name)
        {
            return new JsonObject { ["$ref"] = "#/definitions/" + name };
        }

        if (reference.Reference.IsExternal || reference.Target is not { } target)
        {
            context.NotExpressible(pointer, $"The reference '{reference.Reference.ReferenceV3}' is outside this document and is not followed (a connector is one file); the value is left untyped.");
            return [];
        }

        // A reference to another place of the document (3.1 allows any): its schema is written here.
        return Convert(target, pointer, depth + 1);
    }

    private void WriteType(IOpenApiSchema schema, JsonObject result, string pointer)
    {
        if (schema.Type is not { } type)
        {
            return;
        }

        var nullable = type.HasFlag(JsonSchemaType.Null);
        var named = Enum.GetValues<JsonSchemaType>().Where(t => t != JsonSchemaType.Null && type.HasFlag(t)).ToList();
        if (named.Count == 1)
        {
            result["type"] = TypeName(named[0]);
        }
        else if (named.Count > 1)
        {
            context.NotExpressible(JsonPointer.Append(pointer, "type"),
                $"Swagger 2.0 gives a value one type, not several ({string.Join(", ", named.Select(TypeName))}); the value is left untyped.");
        }

        if (nullable)
        {
            result["x-nullable"] = true;
        }
    }

    private static string TypeName(JsonSchemaType type) => type.ToString().ToLowerInvariant();

    /// <summary>OpenAPI.NET keeps limits as text (for precision) and 3.1's exclusive limits as numbers; Swagger 2.0 has flags.</summary>
    private static void WriteNumericLimits(IOpenApiSchema schema, JsonObject result)
    {
        Copy(result, "multipleOf", schema.MultipleOf is { } multipleOf ? JsonValue.Create(multipleOf) : null);
        WriteLimit(result, "maximum", "exclusiveMaximum", schema.Maximum, schema.ExclusiveMaximum, stricterIsSmaller: true);
        WriteLimit(result, "minimum", "exclusiveMinimum", schema.Minimum, schema.ExclusiveMinimum, stricterIsSmaller: false);
    }

    private static void WriteLimit(JsonObject result, string key, string exclusiveKey, string? inclusive, string? exclusive, bool stricterIsSmaller)
    {
        var inclusiveValue = Number(inclusive);
        var exclusiveValue = Number(exclusive);
        if (exclusiveValue is { } bound && (inclusiveValue is not { } limit || (stricterIsSmaller ? bound <= limit : bound >= limit)))
        {
            result[key] = JsonNode.Parse(exclusive!);
            result[exclusiveKey] = true;
        }
        else if (inclusiveValue is not null)
        {
            result[key] = JsonNode.Parse(inclusive!);
        }
    }

    private static decimal? Number(string? text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static void WriteEnum(IOpenApiSchema schema, JsonObject result)
    {
        if (schema.Enum is { Count: > 0 } values)
        {
            result["enum"] = new JsonArray([.. values.Select(v => v?.DeepClone())]);
        }
        else if (schema.Const is { } constant)
        {
            // 3.1's const is an enum of one value.
            result["enum"] = new JsonArray(JsonValue.Create(constant));
        }
    }

    private void WriteComposition(IOpenApiSchema schema, JsonObject result, string pointer, int depth)
    {
        if (schema.AllOf is { Count: > 0 } allOf)
        {
            result["allOf"] = new JsonArray([.. allOf.Select((s, i) => (JsonNode)Convert(s, JsonPointer.Append(JsonPointer.Append(pointer, "allOf"), i), depth + 1))]);
        }

        foreach (var (key, alternatives) in new[] { ("oneOf", schema.OneOf), ("anyOf", schema.AnyOf) })
        {
            if (alternatives is not { Count: > 0 })
            {
                continue;
            }

            var keyPointer = JsonPointer.Append(pointer, key);
            var others = alternatives.Where(a => Resolve(a)?.Type != JsonSchemaType.Null).ToList();
            if (others.Count == 1 && others.Count < alternatives.Count && result.Count == 0)
            {
                // A value or null (3.1's way of saying nullable): the value's schema, nullable.
                var index = alternatives.IndexOf(others[0]);
                foreach (var (name, value) in Convert(others[0], JsonPointer.Append(keyPointer, index), depth + 1))
                {
                    result[name] = value?.DeepClone();
                }

                result["x-nullable"] = true;
                continue;
            }

            context.NotExpressible(keyPointer,
                $"Swagger 2.0 has no '{key}' (the value is one of {alternatives.Count} schemas); the value is left untyped here. Describe the alternatives in the description, or split the operation.");
        }

        if (schema.Not is not null)
        {
            context.NotExpressible(JsonPointer.Append(pointer, "not"), "Swagger 2.0 has no 'not'; the restriction is left out.");
        }
    }

    private void WriteObject(IOpenApiSchema schema, JsonObject result, string pointer, int depth)
    {
        if (schema.Properties is { Count: > 0 } properties)
        {
            var converted = new JsonObject();
            foreach (var (name, property) in properties)
            {
                converted[name] = Convert(property, JsonPointer.Append(JsonPointer.Append(pointer, "properties"), name), depth + 1);
            }

            result["properties"] = converted;
        }

        if (schema.Required is { Count: > 0 } required)
        {
            result["required"] = new JsonArray([.. required.Select(r => JsonValue.Create(r))]);
        }

        if (schema.AdditionalProperties is { } additional)
        {
            result["additionalProperties"] = Convert(additional, JsonPointer.Append(pointer, "additionalProperties"), depth + 1);
        }
        else if (!schema.AdditionalPropertiesAllowed)
        {
            result["additionalProperties"] = false;
        }

        if (schema.Discriminator is { } discriminator)
        {
            WriteDiscriminator(schema, discriminator, result, JsonPointer.Append(pointer, "discriminator"));
        }
    }

    /// <summary>Swagger 2.0's discriminator is the name of a required string property, and has no mapping.</summary>
    private void WriteDiscriminator(IOpenApiSchema schema, OpenApiDiscriminator discriminator, JsonObject result, string pointer)
    {
        var name = discriminator.PropertyName;
        if (name is not null && schema.Required?.Contains(name) == true && schema.Properties?.ContainsKey(name) == true)
        {
            result["discriminator"] = name;
        }
        else
        {
            context.NotExpressible(pointer, $"Swagger 2.0's discriminator names a required property of the schema itself; '{name}' is not one here, so it is left out.");
        }

        if (discriminator.Mapping is { Count: > 0 })
        {
            context.NotExpressible(JsonPointer.Append(pointer, "mapping"),
                "Swagger 2.0's discriminator has no mapping: the discriminator's values must be the definition names themselves.");
        }
    }

    private static void WriteXml(OpenApiXml? xml, JsonObject result)
    {
        if (xml is null)
        {
            return;
        }

        var written = new JsonObject()
            .AddIfPresent("name", xml.Name)
            .AddIfPresent("namespace", xml.Namespace?.OriginalString)
            .AddIfPresent("prefix", xml.Prefix);
        if (xml.NodeType == OpenApiXmlNodeType.Attribute)
        {
            written["attribute"] = true;
        }

        if (xml.NodeType == OpenApiXmlNodeType.Element)
        {
            written["wrapped"] = true;
        }

        if (written.Count > 0)
        {
            result["xml"] = written;
        }
    }

    public static void WriteExternalDocs(OpenApiExternalDocs? docs, JsonObject result)
    {
        if (docs?.Url is { } url)
        {
            result["externalDocs"] = new JsonObject().AddIfPresent("description", docs.Description).AddIfPresent("url", url.OriginalString);
        }
    }

    private void WriteExample(IOpenApiSchema schema, JsonObject result, string pointer)
    {
#pragma warning disable CS0618 // OpenAPI 3.0's single example is read into Example, 3.1's list into Examples.
        var single = schema.Example;
#pragma warning restore CS0618
        if (single is { } example)
        {
            result["example"] = example.DeepClone();
        }
        else if (schema.Examples is { Count: > 0 } examples)
        {
            result["example"] = examples[0]?.DeepClone();
            if (examples.Count > 1)
            {
                context.DocumentationLeftOut(JsonPointer.Append(pointer, "examples"), "Swagger 2.0 schemas have one example; the first is kept.");
            }
        }
    }

    /// <summary>
    /// JSON Schema keywords of OpenAPI 3.1 that Swagger 2.0 does not have, each reported where it is written (read
    /// from the document's own tree: the semantic model does not say whether a keyword was written or defaulted).
    /// </summary>
    private void ReportUnsupported(IOpenApiSchema schema, string pointer)
    {
        var written = context.Source.NodeAt(pointer) as JsonObject;
        var keys = (written?.Select(p => p.Key) ?? []).Where(UnsupportedKeywords.Contains)
            .Concat((schema.UnrecognizedKeywords?.Keys ?? []).Where(k => !UnsupportedKeywords.Contains(k)));
        foreach (var key in keys)
        {
            context.NotExpressible(JsonPointer.Append(pointer, key), $"Swagger 2.0 schemas have no '{key}'; it is left out.");
        }
    }

    public static void WriteExtensions(IEnumerable<KeyValuePair<string, IOpenApiExtension>>? extensions, JsonObject result)
    {
        foreach (var (name, extension) in extensions ?? [])
        {
            if (extension is JsonNodeExtension json)
            {
                result[name] = json.Node?.DeepClone();
            }
        }
    }

    private static void Copy(JsonObject result, string key, JsonNode? value)
    {
        if (value is not null)
        {
            result[key] = value.DeepClone();
        }
    }

    private static void AddNumber(JsonObject result, string key, int? value)
    {
        if (value is { } number)
        {
            result[key] = number;
        }
    }
}
