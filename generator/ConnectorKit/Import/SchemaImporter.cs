using System.Text.Json.Nodes;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Loading;
using ConnectorKit.Model;

namespace ConnectorKit.Import;

/// <summary>
/// Writes a Swagger schema in the model's words (see <see cref="SchemaReader"/>): <c>summary</c> for x-ms-summary and
/// the like, pickers, one-word types, the one-line form of a property and <c>$ref: Name</c>. Each schema object is
/// checked on its own by reading it back with the model's reader; where its typed form would not give the original
/// back, the keys that stand in the way go under <c>extensions:</c>, and at worst the whole object does.
/// </summary>
internal static class SchemaImporter
{
    /// <summary>The longest one-line property (name, colon and text) the importer writes; longer ones are written out.</summary>
    private const int OneLineLimit = 100;

    private static readonly Dictionary<string, string> SwaggerNames =
        SchemaReader.ModelNames.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>The schema in the model's words; a value that is no schema object is copied as it is.</summary>
    public static JsonNode? Import(JsonNode? schema) => schema is JsonObject obj ? ImportObject(obj) : schema?.DeepClone();

    /// <summary>
    /// The keys an owner standing for a schema property (a webhook filter, the callback) did not take, in the model's
    /// schema words (see <see cref="SchemaReader.ReadBeside"/>): a key the schema would write under one of the owner's
    /// <paramref name="ownKeys"/> stays raw under <c>extensions:</c>; <paramref name="renames"/> maps a model key to
    /// the schema key it stands for.
    /// </summary>
    public static JsonObject ImportBeside(JsonObject rest, IReadOnlyCollection<string> ownKeys, IReadOnlyDictionary<string, string> renames)
    {
        var schema = new JsonObject();
        var raw = new JsonObject();
        foreach (var (key, value) in rest)
        {
            var stays = ownKeys.Contains(ModelKey(key)) && !renames.Values.Contains(key);
            (stays ? raw : schema)[key] = value?.DeepClone();
        }

        var yaml = ImportObject(schema);
        foreach (var (modelKey, schemaKey) in renames)
        {
            if (yaml.Remove(schemaKey, out var value))
            {
                yaml[modelKey] = value;
            }
        }

        if (raw.Count > 0)
        {
            var extensions = yaml.Remove(SchemaReader.Extensions, out var written) && written is JsonObject kept ? kept : new JsonObject();
            foreach (var (key, value) in raw)
            {
                extensions[key] = value?.DeepClone();
            }

            yaml[SchemaReader.Extensions] = extensions;
        }

        return yaml;
    }

    /// <summary>The model key under which the schema importer writes a Swagger key.</summary>
    private static string ModelKey(string key) => key switch
    {
        DynamicValuesExpander.Values or DynamicValuesExpander.List => SchemaReader.Picker,
        DynamicValuesExpander.Schema or DynamicValuesExpander.Properties => SchemaReader.DynamicSchema,
        _ => SwaggerNames.GetValueOrDefault(key, key),
    };

    /// <summary>A schema object in the model's words.</summary>
    public static JsonObject ImportObject(JsonObject original)
    {
        foreach (var typed in new[] { true, false })
        {
            var candidate = Convert(original, typed);
            if (Reproduces(candidate, original))
            {
                return candidate;
            }
        }

        return new JsonObject { [SchemaReader.Extensions] = original.DeepClone() };
    }

    /// <summary>One schema object; <paramref name="typed"/> false leaves the connector extensions raw.</summary>
    private static JsonObject Convert(JsonObject original, bool typed)
    {
        var yaml = new JsonObject();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var type = Type(original);
        if (type is not null)
        {
            taken.UnionWith(type == original.Child("type").Text() ? ["type"] : ["type", "format"]);
        }

        var enumYaml = new JsonObject();
        if (typed)
        {
            EnumImporter.Take(original, enumYaml, taken);
        }

        foreach (var (key, value) in original)
        {
            if (key == "type" && type is not null)
            {
                yaml["type"] = type;
            }
            else if (key is "enum" or "x-ms-enum-values" && enumYaml.Count > 0)
            {
                MoveAll(enumYaml, yaml);
            }
            else if (taken.Contains(key))
            {
                continue;
            }
            else if (Nested(key, value) is { } converted)
            {
                yaml[key] = converted;
                taken.Add(key);
            }
            else if (key == "$ref" && value.Text() is { } reference)
            {
                yaml[key] = ShortReference(reference);
                taken.Add(key);
            }
            else if (SchemaReader.SwaggerKeys.Contains(key) && key != "type")
            {
                yaml[key] = value?.DeepClone();
                taken.Add(key);
            }
            else if (typed && key == "x-ms-enum" && IsEnumType(value))
            {
                yaml[EnumReader.EnumTypeKey] = value!.DeepClone();
                taken.Add(key);
            }
            else if (typed && SwaggerNames.TryGetValue(key, out var modelName) && IsModelValue(modelName, value))
            {
                yaml[modelName] = value!.DeepClone();
                taken.Add(key);
            }
        }

        if (typed)
        {
            PickerImporter.TakePicker(original, yaml, taken, asList: original.ContainsKey(DynamicValuesExpander.List));
            PickerImporter.TakeDynamicSchema(original, yaml, taken, asProperties: original.ContainsKey(DynamicValuesExpander.Properties));
        }

        return yaml.PutIfAny(SchemaReader.Extensions, YamlShapes.Rest(original, taken));
    }

    /// <summary>Moves what the enum importer wrote to where the first of its keys stood in the original.</summary>
    private static void MoveAll(JsonObject from, JsonObject to)
    {
        foreach (var (key, value) in from.ToList())
        {
            from.Remove(key);
            to[key] = value;
        }
    }

    private static JsonNode? Nested(string key, JsonNode? value) => (key, value) switch
    {
        ("properties", JsonObject properties) => Properties(properties),
        ("items" or "additionalProperties", JsonObject schema) => ImportObject(schema),
        ("allOf", JsonArray parts) => new JsonArray([.. parts.Select(Import)]),
        _ => null,
    };

    private static JsonObject Properties(JsonObject properties)
    {
        var result = new JsonObject();
        foreach (var (name, value) in properties)
        {
            result[name] = value is JsonObject property && OneLine(name, property) is { } line ? line : Import(value);
        }

        return result;
    }

    /// <summary>A property of a type, visibility, summary and description alone fits on one line (unless the texts would change).</summary>
    private static string? OneLine(string name, JsonObject property) => OneLine(name, property, PropertyLabel.Summary.Key);

    /// <summary>The one-line form of a Swagger property whose label is <paramref name="labelKey"/>, or null when it has none.</summary>
    internal static string? OneLine(string name, JsonObject property, string labelKey)
    {
        var visibility = property.Child("x-ms-visibility").Text();
        if (property.Any(p => (p.Key != labelKey && p.Key is not ("type" or "format" or "description" or "enum" or "x-ms-visibility"))
                || (p.Key != "enum" && p.Value.Text() is null))
            || Type(property) is not { } type || !TypeWords.Words.Contains(type)
            || (property.ContainsKey("format") && type == property.Child("type").Text())
            || (visibility is not null && !ParameterReader.Visibilities.Contains(visibility)))
        {
            // A format that no one-word type says (number with format integer) needs the written-out form.
            return null;
        }

        if (property.ContainsKey("enum"))
        {
            if (type != "string" || property.Child("enum").TextList() is not { } values || OneLineEnum.Write(values) is not { } enumType)
            {
                return null;
            }

            type = enumType;
        }

        return Line(name, OneLineVisibility.Join(type, visibility), property.Child(labelKey).Text(), property.Child("description").Text());
    }

    /// <summary>
    /// <c>HEAD | LABEL | DESCRIPTION</c> (the parts left out from the end when empty), or null when a text would not
    /// read back the same or the line, with its key, is longer than the importer writes.
    /// </summary>
    internal static string? Line(string key, string head, string? label, string? description, int limit = OneLineLimit)
    {
        if (!FitsOneLine(label, allowBar: false) || !FitsOneLine(description, allowBar: true))
        {
            return null;
        }

        var line = (label, description) switch
        {
            (null, null) => head,
            (_, null) => $"{head} | {label}",
            (null, _) => $"{head} | | {description}",
            _ => $"{head} | {label} | {description}",
        };
        return key.Length + 2 + line.Length <= limit ? line : null;
    }

    /// <summary>A text reads back the same from the one-line form when it has no outer spaces, no line break and (a label) no bar.</summary>
    private static bool FitsOneLine(string? text, bool allowBar) =>
        text is null || (text.Length > 0 && text.Trim() == text && !text.Contains('\n') && (allowBar || !text.Contains('|')));

    /// <summary>The model's type word for the schema's type and format, or null when the type must stay raw.</summary>
    private static string? Type(JsonObject schema)
    {
        if (schema.Child("type").Text() is not { } type || TypeWords.Expand(type) is not null)
        {
            return null;
        }

        return schema.Child("format").Text() is { } format && TypeWords.Shorten(type, format) is { } word ? word : type;
    }

    private static bool IsModelValue(string modelName, JsonNode? value) => modelName switch
    {
        "visibility" => value.Text() is { } word
            && (word.Length == 0 || ParameterReader.Visibilities.Contains(word, StringComparer.OrdinalIgnoreCase)),
        "urlEncoding" => value.Text() is { } encoding && ParameterReader.UrlEncodings.Contains(encoding),
        "notificationUrl" or "nullable" => value is JsonValue flag && flag.TryGetValue<bool>(out _),
        _ => value.Text() is not null,
    };

    /// <summary>An <c>x-ms-enum</c> that <c>enumType:</c> writes back: a text name, then perhaps a modelAsString flag.</summary>
    private static bool IsEnumType(JsonNode? value) =>
        value is JsonObject type && type.Child("name").Text() is not null
        && type.Select(p => p.Key).SequenceEqual(EnumReader.EnumTypeKeys.Take(type.Count))
        && (type.Count == 1 || type.Child("modelAsString").BooleanOrNull() is not null);

    private static string ShortReference(string reference)
    {
        if (!reference.StartsWith(SchemaReferences.DefinitionsPrefix, StringComparison.Ordinal))
        {
            return reference;
        }

        var name = JsonPointer.Unescape(reference[SchemaReferences.DefinitionsPrefix.Length..]);
        return SchemaReferences.IsBareName(name) && SchemaReferences.DefinitionsPrefix + JsonPointer.Escape(name) == reference ? name : reference;
    }

    /// <summary>Whether the schema, imported, comes back exactly (a bare reference written raw would not).</summary>
    public static bool SurvivesExpansion(JsonObject schema) => Reproduces(ImportObject(schema), schema);

    /// <summary>Whether the model's reader gives the original back from the candidate (bare references qualified as the generator does).</summary>
    private static bool Reproduces(JsonObject candidate, JsonObject original) =>
        FragmentProbe.Reproduces(
            context => SourceNodeConverter.ToSourceNode(candidate) is MappingNode node
                ? SchemaReader.Read(node, "an imported schema", Diagnostics.SourcePosition.None, context)
                : null,
            raw =>
            {
                var copy = raw.Value?.DeepClone();
                SchemaReferences.Qualify(copy);
                return copy;
            },
            original);
}
