using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Json;
using ConnectorKit.Loading;
using ConnectorKit.Model;

namespace ConnectorKit.Import;

/// <summary>
/// Imports one swagger parameter as the model writes it: typed keys, picker, dynamic schema and enum display names,
/// the rest under <c>extensions</c>. The first form that the generator turns back into the original is kept; the last
/// resort keeps only name and location and everything else under <c>extensions</c>.
/// </summary>
internal sealed class ParameterImporter(FragmentProbe probe)
{
    /// <summary>The YAML of a reusable parameter (<paramref name="key"/> given) or of one written inline.</summary>
    public JsonObject Import(JsonObject original, string? key)
    {
        foreach (var candidate in Candidates(original, key))
        {
            if (Reproduces(candidate, original, key))
            {
                return candidate;
            }
        }

        return Fallback(original, key);
    }

    private bool Reproduces(JsonObject yaml, JsonObject original, string? key) => FragmentProbe.Reproduces(
        context => key is null
            ? ParameterReader.ReadInline(SourceNodeConverter.ToSourceNode(yaml), "import", context)
            : ParameterReader.ReadReusable(SourceNodeConverter.Entry(key, yaml), context),
        model => probe.Parameters.Expand(model, string.Empty),
        original);

    private static IEnumerable<JsonObject> Candidates(JsonObject original, string? key)
    {
        if (original.Child("name").Text() is not { } name || original.Child("in").Text() is not { } location || !ParameterLine.Locations.Contains(location))
        {
            yield break;
        }

        yield return HighLevel(original, key, name, location, asList: true, asProperties: true);
        yield return HighLevel(original, key, name, location, asList: false, asProperties: false);
    }

    private static JsonObject HighLevel(JsonObject original, string? key, string name, string location, bool asList, bool asProperties)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { "name", "in" };
        var yaml = Start(key, name, location);
        var extensions = new JsonObject();
        Required(original, location, yaml, extensions);
        taken.Add("required");

        TakeText(original, "type", yaml, "type", taken);
        TakeText(original, "format", yaml, "format", taken);
        TakeText(original, "x-ms-summary", yaml, "summary", taken);
        TakeText(original, "description", yaml, "description", taken);
        if (original.Child("x-ms-visibility").Text() is "important" or "advanced" or "internal")
        {
            TakeText(original, "x-ms-visibility", yaml, "visibility", taken);
        }

        if (original.TryGetPropertyValue("default", out var defaultValue))
        {
            yaml["default"] = defaultValue?.DeepClone();
            taken.Add("default");
        }

        // A value of another kind (a maximum written as a string) stays under the extensions, as the loader refuses it.
        foreach (var keyword in ParameterKeyword.All.Where(k => original.TryGetPropertyValue(k.SwaggerKey, out var value) && k.Accepts(value)))
        {
            yaml[keyword.ModelKey] = original[keyword.SwaggerKey]!.DeepClone();
            taken.Add(keyword.SwaggerKey);
        }

        EnumImporter.Take(original, yaml, taken);
        if (original.Child("x-ms-url-encoding").Text() is { } encoding && ParameterReader.UrlEncodings.Contains(encoding))
        {
            TakeText(original, "x-ms-url-encoding", yaml, "urlEncoding", taken);
        }

        TakeText(original, "collectionFormat", yaml, "collectionFormat", taken);
        if (original.Child("items") is JsonObject items)
        {
            yaml["items"] = items.DeepClone();
            taken.Add("items");
        }

        if (original.Child("schema") is JsonObject schema)
        {
            yaml.Put("schema", SchemaImporter.Import(location == "body" ? TakeBodyDynamicSchema(schema, yaml, asProperties) : schema));
            taken.Add("schema");
        }

        PickerImporter.TakePicker(original, yaml, taken, asList);
        if (location != "body")
        {
            PickerImporter.TakeDynamicSchema(original, yaml, taken, asProperties);
        }

        foreach (var (restKey, value) in YamlShapes.Rest(original, taken))
        {
            extensions[restKey] = value?.DeepClone();
        }

        return yaml.PutIfAny("extensions", extensions);
    }

    /// <summary>
    /// A body's dynamic schema sits inside its schema, where the generator puts it; the rest of the schema, or none when
    /// it holds nothing else but <c>type: object</c>, which is the one the generator makes.
    /// </summary>
    private static JsonObject? TakeBodyDynamicSchema(JsonObject schema, JsonObject yaml, bool asProperties)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        PickerImporter.TakeDynamicSchema(schema, yaml, taken, asProperties);
        if (taken.Count == 0)
        {
            return schema;
        }

        var rest = YamlShapes.Rest(schema, taken);
        return rest.Count == 1 && rest.Child("type").Text() == "object" ? null : rest;
    }

    /// <summary>The last resort: name and location, and every other key written through.</summary>
    private static JsonObject Fallback(JsonObject original, string? key)
    {
        var name = original.Child("name").Text();
        var location = original.Child("in").Text();
        var valid = location is not null && ParameterLine.Locations.Contains(location);
        var yaml = Start(key, name ?? key ?? "parameter", valid ? location! : "query");
        yaml["required"] = null;
        var taken = new HashSet<string>(StringComparer.Ordinal);
        if (name is not null)
        {
            taken.Add("name");
        }

        if (valid)
        {
            taken.Add("in");
        }

        return yaml.PutIfAny("extensions", YamlShapes.Rest(original, taken));
    }

    private static JsonObject Start(string? key, string name, string location)
    {
        var yaml = new JsonObject();
        if (key is null || key != name)
        {
            yaml["name"] = name;
        }

        yaml["in"] = location;
        return yaml;
    }

    /// <summary>
    /// The loader's defaults: a missing <c>required</c> is false (true for path parameters, no key for a body);
    /// <c>required: null</c> writes nothing. Anything those cannot say goes to the extensions.
    /// </summary>
    private static void Required(JsonObject original, string location, JsonObject yaml, JsonObject extensions)
    {
        switch (original.Child("required"))
        {
            case null when !original.ContainsKey("required"):
                if (location != "body")
                {
                    yaml["required"] = null;
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.True:
                if (location != "path")
                {
                    yaml["required"] = true;
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.False && location != "path":
                if (location == "body")
                {
                    yaml["required"] = false;
                }

                break;
            case var other:
                yaml["required"] = null;
                extensions["required"] = other?.DeepClone();
                break;
        }
    }

    private static void TakeText(JsonObject original, string originalKey, JsonObject yaml, string yamlKey, HashSet<string> taken)
    {
        if (original[originalKey].Text() is { } text)
        {
            yaml[yamlKey] = text;
            taken.Add(originalKey);
        }
    }
}
