using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Loading;

/// <summary>
/// Reads a schema written in the model's words and gives it in Swagger's, with the position of every node keyed by
/// its pointer in the result. The model's words are the ones parameters use (<c>summary</c>, <c>visibility</c>,
/// <c>urlEncoding</c>, <c>picker</c>, <c>dynamicSchema</c>), one-word types (<c>type: uuid</c>), the one-line form of a
/// property (<c>name: TYPE | SUMMARY | DESCRIPTION</c>) and the bare <c>$ref: Name</c>; other Swagger 2.0 schema keys
/// are written as they are, and anything else goes under <c>extensions:</c>, written through after the rest.
/// </summary>
internal static class SchemaReader
{
    /// <summary>The keys of a Swagger 2.0 schema object, written as they are (the nested schemas are read as schemas).</summary>
    public static readonly IReadOnlyList<string> SwaggerKeys =
    [
        "$ref", "type", "format", "title", "description", "default", "multipleOf", "maximum", "exclusiveMaximum", "minimum",
        "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxProperties",
        "minProperties", "required", "enum", "items", "allOf", "properties", "additionalProperties", "discriminator",
        "readOnly", "xml", "externalDocs", "example",
    ];

    /// <summary>The model's names for the connector extensions a schema takes, as parameters name them.</summary>
    public static readonly IReadOnlyDictionary<string, string> ModelNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["summary"] = "x-ms-summary",
        ["visibility"] = "x-ms-visibility",
        ["urlEncoding"] = "x-ms-url-encoding",
        ["notificationUrl"] = "x-ms-notification-url",
        ["nullable"] = "x-nullable",
    };

    public const string Picker = "picker";
    public const string DynamicSchema = "dynamicSchema";
    public const string Extensions = "extensions";

    /// <summary>Every key a schema of the model may have.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        .. SwaggerKeys, .. ModelNames.Keys, EnumReader.EnumValuesKey, EnumReader.EnumTypeKey, Picker, DynamicSchema,
        Extensions,
    ];

    /// <summary>The schema under <paramref name="key"/> of <paramref name="owner"/>, in Swagger's words.</summary>
    public static RawJson? Read(MappingReader owner, string key) =>
        owner.MappingNode(key) is { } node ? Read(node, $"the {key} of {owner.What}", owner.KeyPosition(key), owner.Context) : null;

    /// <summary>
    /// The schema keys an owner that stands for a schema property (a webhook filter, the callback) writes beside its own
    /// keys: every key of a schema but <paramref name="ownKeys"/>, and the model keys of <paramref name="renames"/>
    /// (a filter's <c>requiredProperties</c> for the schema's <c>required</c>, whose own <c>required</c> is a flag).
    /// </summary>
    public static IReadOnlyList<string> KeysBeside(IReadOnlyCollection<string> ownKeys, IReadOnlyDictionary<string, string> renames) =>
        [.. Keys.Where(k => !ownKeys.Contains(k) && !renames.Values.Contains(k)), .. renames.Keys];

    /// <summary>The owner's keys beside its own ones (see <see cref="KeysBeside"/>) read as a schema, or null when it has none.</summary>
    public static RawJson? ReadBeside(MappingReader owner, IReadOnlyCollection<string> ownKeys, IReadOnlyDictionary<string, string> renames)
    {
        var entries = owner.Entries
            .Where(e => !ownKeys.Contains(e.Key.Text))
            .Select(e => renames.TryGetValue(e.Key.Text, out var key) ? e with { Key = e.Key with { Text = key } } : e)
            .Where(e => Keys.Contains(e.Key.Text, StringComparer.Ordinal)) // the owner reports the unknown ones
            .ToList();
        return entries.Count == 0 ? null : Read(new MappingNode(entries, owner.Position), owner.What, owner.Origin, owner.Context);
    }

    /// <summary>A schema mapping in Swagger's words; <paramref name="what"/> names it in messages.</summary>
    public static RawJson Read(MappingNode node, string what, SourcePosition origin, LoadContext context)
    {
        var positions = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var value = new Reading(context, positions).Schema(node, what, JsonPointer.Root, origin);
        return new RawJson(value, positions, origin);
    }

    private sealed class Reading(LoadContext context, Dictionary<string, SourcePosition> positions)
    {
        public JsonObject Schema(MappingNode node, string what, string pointer, SourcePosition origin)
        {
            positions[pointer] = origin;
            ReportUnknownKeys(node, what);
            var map = MappingReader.Open(node, what, [.. node.Entries.Select(e => e.Key.Text)], context, origin: origin)!;
            var schema = new JsonObject();
            foreach (var (key, value) in node.Entries)
            {
                var at = JsonPointer.Append(pointer, key.Text);
                switch (key.Text)
                {
                    case "type":
                        Type(schema, node, key, value, pointer);
                        break;
                    case "properties" when value is MappingNode properties:
                        positions[at] = key.Position;
                        schema["properties"] = Properties(properties, what, at);
                        break;
                    case "items" or "additionalProperties" when value is MappingNode nested:
                        schema[key.Text] = Schema(nested, $"the {key.Text} of {what}", at, key.Position);
                        break;
                    case "enum" when value is MappingNode:
                        Enum(schema, key, EnumReader.Read(map), null, pointer);
                        break;
                    case EnumReader.EnumValuesKey:
                        Enum(schema, key, [], EnumReader.ReadEntries(map), pointer);
                        break;
                    case EnumReader.EnumTypeKey:
                        var enumType = EnumReader.ReadEnumType(map);
                        AddAll(schema, enumType is null ? [] : [("x-ms-enum", enumType)], key, pointer);
                        break;
                    case "allOf" when value is SequenceNode parts:
                        positions[at] = key.Position;
                        schema["allOf"] = AllOf(parts, what, at);
                        break;
                    case "visibility" when value is ScalarNode { IsPlain: false, Text: "" }:
                        // Published schemas write an empty visibility; the designer shows it as if none were given.
                        Renamed(schema, key, string.Empty, pointer);
                        break;
                    case "visibility":
                        // Published schemas also capitalize the words (CardPlatform's Internal): kept as written.
                        var visibility = map.Choice("visibility", ParameterReader.Visibilities, ignoreCase: true);
                        Renamed(schema, key, visibility, pointer);
                        break;
                    case "urlEncoding":
                        Renamed(schema, key, map.Choice("urlEncoding", ParameterReader.UrlEncodings), pointer);
                        break;
                    case "notificationUrl" or "nullable":
                        Renamed(schema, key, map.Bool(key.Text) is { } flag ? JsonValue.Create(flag) : null, pointer);
                        break;
                    case var renamed when ModelNames.ContainsKey(renamed):
                        Renamed(schema, key, map.String(renamed), pointer);
                        break;
                    case Picker:
                        AddAll(schema, PickerReader.ReadPicker(map) is { } picker ? DynamicValuesExpander.Picker(picker) : [], key, pointer);
                        break;
                    case DynamicSchema:
                        AddAll(schema, PickerReader.ReadDynamicSchema(map) is { } dynamic ? DynamicValuesExpander.DynamicSchema(dynamic) : [], key, pointer);
                        break;
                    case Extensions:
                        break;
                    default:
                        schema[key.Text] = Raw(value, at, key.Position);
                        break;
                }
            }

            AddExtensions(schema, node, what, pointer);
            return schema;
        }

        /// <summary>A one-word type writes its type and format; a format beside it would say the format twice.</summary>
        private void Type(JsonObject schema, MappingNode node, ScalarNode key, SourceNode value, string pointer)
        {
            var at = JsonPointer.Append(pointer, "type");
            if (value is ScalarNode { IsNull: false } word && TypeWords.Expand(word.Text) is var (type, format))
            {
                if (node.Entries.Any(e => e.Key.Text == "format"))
                {
                    context.Report(DiagnosticCodes.InvalidValue, word.Position,
                        $"The one-word type '{word.Text}' says the format already; write 'type: {type}' with the format, or leave the format out.");
                }

                positions[at] = key.Position;
                positions[JsonPointer.Append(pointer, "format")] = word.Position;
                schema["type"] = type;
                schema["format"] = format;
                return;
            }

            schema["type"] = Raw(value, at, key.Position);
        }

        private JsonObject Properties(MappingNode properties, string what, string pointer)
        {
            var result = new JsonObject();
            foreach (var (name, value) in properties.Entries)
            {
                var at = JsonPointer.Append(pointer, name.Text);
                var propertyWhat = $"property '{name.Text}' of {what}";
                result[name.Text] = value switch
                {
                    MappingNode mapping => Schema(mapping, propertyWhat, at, name.Position),
                    ScalarNode { IsNull: false } line => OneLine(line, propertyWhat, at, name.Position),
                    _ => Wrong(value, propertyWhat, at, name.Position),
                };
            }

            return result;
        }

        /// <summary>
        /// <c>TYPE [VISIBILITY] | LABEL | DESCRIPTION</c>: a one-word type, optionally a visibility word, then optionally
        /// the label (a summary, or a title with <c>connector: propertyLabel: title</c>) and the description.
        /// </summary>
        private JsonObject OneLine(ScalarNode line, string what, string pointer, SourcePosition origin)
        {
            positions[pointer] = origin;
            var parts = line.Text.Split('|', 3, StringSplitOptions.TrimEntries);
            var (typeText, visibility) = OneLineVisibility.Split(parts[0]);
            var schema = new JsonObject();
            if (TypeWords.Expand(typeText) is var (type, format))
            {
                schema["type"] = type;
                schema["format"] = format;
            }
            else if (TypeWords.PlainTypes.Contains(typeText))
            {
                schema["type"] = typeText;
            }
            else if (OneLineEnum.Values(typeText) is { } values)
            {
                schema["type"] = "string";
                schema["enum"] = new JsonArray([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
            }
            else
            {
                context.Report(DiagnosticCodes.InvalidValue, line.Position,
                    $"'{typeText}' is not a type of {what}: the one-line form is 'TYPE | SUMMARY | DESCRIPTION' with a type such as " +
                    $"string, integer, uuid, date-time or enum(a, b), optionally followed by important, advanced or internal." +
                    Suggestions.DidYouMean(typeText, TypeWords.Words));
            }

            foreach (var (key, text) in new[] { (context.PropertyLabelKey, parts.ElementAtOrDefault(1)), ("description", parts.ElementAtOrDefault(2)), ("x-ms-visibility", visibility) })
            {
                if (!string.IsNullOrEmpty(text))
                {
                    schema[key] = text;
                }
            }

            foreach (var key in schema.Select(p => p.Key))
            {
                positions[JsonPointer.Append(pointer, key)] = line.Position;
            }

            if (schema["enum"] is JsonArray enumValues)
            {
                for (var index = 0; index < enumValues.Count; index++)
                {
                    positions[JsonPointer.Append(JsonPointer.Append(pointer, "enum"), index)] = line.Position;
                }
            }

            return schema;
        }

        private JsonArray AllOf(SequenceNode parts, string what, string pointer)
        {
            var result = new JsonArray();
            foreach (var part in parts.Items)
            {
                var at = JsonPointer.Append(pointer, result.Count);
                result.Add(part is MappingNode mapping ? Schema(mapping, $"a part of the allOf of {what}", at, part.Position) : Raw(part, at, part.Position));
            }

            return result;
        }

        private JsonNode? Wrong(SourceNode value, string what, string pointer, SourcePosition origin)
        {
            context.Report(DiagnosticCodes.WrongType, value.Position,
                $"{MappingReader.Capitalized(what)} must be a schema (a mapping) or one line 'TYPE | SUMMARY | DESCRIPTION', not {value.Describe()}.");
            return Raw(value, pointer, origin);
        }

        private void Renamed(JsonObject schema, ScalarNode key, JsonNode? value, string pointer)
        {
            if (value is null)
            {
                return;
            }

            var swaggerName = ModelNames[key.Text];
            positions[JsonPointer.Append(pointer, swaggerName)] = key.Position;
            schema[swaggerName] = value;
        }

        /// <summary>The mapping form of <c>enum</c> and <c>enumValues</c> write as for parameters (x-ms-enum-values).</summary>
        private void Enum(
            JsonObject schema, ScalarNode key, IReadOnlyList<EnumValueModel> values, IReadOnlyList<EnumEntryModel>? entries,
            string pointer)
        {
            var written = new JsonObject();
            EnumExpander.Write(written, values, entries, pointer, (at, position) => positions[at] = position);
            foreach (var (swaggerKey, value) in written)
            {
                positions[JsonPointer.Append(pointer, swaggerKey)] = key.Position;
                schema[swaggerKey] = value?.DeepClone();
            }
        }

        private void AddAll(JsonObject schema, IEnumerable<(string Key, JsonObject Value)> keys, ScalarNode modelKey, string pointer)
        {
            foreach (var (key, value) in keys)
            {
                var at = JsonPointer.Append(pointer, key);
                positions[at] = modelKey.Position;
                schema[key] = value;
            }
        }

        /// <summary>Raw keys go after the modelled ones; a raw key the schema also says with a model key is an error.</summary>
        private void AddExtensions(JsonObject schema, MappingNode node, string what, string pointer)
        {
            var entry = node.Entries.FirstOrDefault(e => e.Key.Text == Extensions);
            switch (entry?.Value)
            {
                case null or ScalarNode { IsNull: true }:
                    return;
                case MappingNode raw:
                    foreach (var (key, value) in raw.Entries)
                    {
                        if (schema.ContainsKey(key.Text))
                        {
                            context.Report(DiagnosticCodes.InvalidValue, key.Position,
                                $"The raw key '{key.Text}' in the extensions of {what} repeats what the schema says already; keep one of them.");
                            continue;
                        }

                        schema[key.Text] = Raw(value, JsonPointer.Append(pointer, key.Text), key.Position);
                    }

                    return;
                default:
                    context.Report(DiagnosticCodes.WrongType, entry.Value.Position,
                        $"'extensions' in {what} must be a mapping of raw keys, not {entry.Value.Describe()}.");
                    return;
            }
        }

        private JsonNode? Raw(SourceNode value, string pointer, SourcePosition origin)
        {
            var raw = RawJsonConverter.ToRawJson(value);
            foreach (var (relative, position) in raw.Positions)
            {
                positions[pointer + relative] = position;
            }

            positions[pointer] = origin;
            return raw.Value;
        }

        /// <summary>Swagger's names for what the model names are pointed to the model's word; other keys get a "did you mean".</summary>
        private void ReportUnknownKeys(MappingNode node, string what)
        {
            foreach (var key in node.Entries.Select(e => e.Key).Where(k => !Keys.Contains(k.Text, StringComparer.Ordinal)))
            {
                var modelName = ModelNames.FirstOrDefault(p => p.Value == key.Text).Key
                    ?? (key.Text is DynamicValuesExpander.Values or DynamicValuesExpander.List ? Picker : null)
                    ?? (key.Text is DynamicValuesExpander.Schema or DynamicValuesExpander.Properties ? DynamicSchema : null)
                    ?? (key.Text == "x-ms-enum-values" ? EnumReader.EnumValuesKey : null)
                    ?? (key.Text == "x-ms-enum" ? EnumReader.EnumTypeKey : null);
                var hint = modelName is not null
                    ? $" The model says '{modelName}'; Swagger's name is accepted only under 'extensions:'."
                    : key.Text.StartsWith("x-", StringComparison.Ordinal)
                        ? " Write Swagger extensions under 'extensions:'."
                        : Suggestions.DidYouMean(key.Text, Keys);
                context.Report(DiagnosticCodes.UnknownKey, key.Position, $"'{key.Text}' is not a key of {what}.{hint}");
            }
        }
    }
}
