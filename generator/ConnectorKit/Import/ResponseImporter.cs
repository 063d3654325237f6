using System.Text.Json.Nodes;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Loading;

namespace ConnectorKit.Import;

/// <summary>
/// Imports a swagger response: a reference to a reusable one by name, or description, summary (<c>x-ms-summary</c>),
/// schema, headers, examples and the rest.
/// </summary>
internal sealed class ResponseImporter(FragmentProbe probe)
{
    /// <summary>Keys the model writes as Swagger does: the headers, and example bodies by media type.</summary>
    private static readonly string[] WrittenAsGiven = ["headers", "examples"];

    /// <summary>
    /// The YAML of the response: a name for a reference (only where <paramref name="allowReference"/>), else a
    /// mapping; null when the original is not an object at all.
    /// </summary>
    public JsonNode? Import(string key, JsonNode? original, bool allowReference)
    {
        if (original is not JsonObject response)
        {
            return null;
        }

        if (allowReference && ReferenceName(response) is { } name)
        {
            return name;
        }

        var yaml = new JsonObject().Put("description", response.Child("description").Text() is { } description ? description : null);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        if (yaml.ContainsKey("description"))
        {
            taken.Add("description");
        }

        if (response.Child("x-ms-summary").Text() is { } summary)
        {
            yaml["summary"] = summary;
            taken.Add("x-ms-summary");
        }

        if (response.Child("schema") is JsonObject schema)
        {
            yaml["schema"] = SchemaImporter.Import(schema);
            taken.Add("schema");
        }

        foreach (var written in WrittenAsGiven)
        {
            if (response.Child(written) is JsonObject value)
            {
                yaml[written] = value.DeepClone();
                taken.Add(written);
            }
        }

        yaml.PutIfAny("extensions", YamlShapes.Rest(response, taken));
        return Reproduces(key, yaml, response) ? yaml : new JsonObject().PutIfAny("extensions", YamlShapes.Rest(response, []));
    }

    private bool Reproduces(string key, JsonObject yaml, JsonObject original) => FragmentProbe.Reproduces(
        context => ResponseReader.ReadReusable(SourceNodeConverter.Entry(key, yaml), context),
        model => probe.Responses.Expand(model, string.Empty),
        original);

    private static string? ReferenceName(JsonObject response)
    {
        if (response.Count != 1 || response.Child("$ref").Text() is not { } reference
            || !reference.StartsWith(ResponseExpander.ReferencePrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var name = JsonPointer.Unescape(reference[ResponseExpander.ReferencePrefix.Length..]);
        return name.Length > 0 && ResponseExpander.ReferencePrefix + JsonPointer.Escape(name) == reference ? name : null;
    }
}
