using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Import;

/// <summary>
/// Imports the <c>connector:</c> section from swagger <c>info</c>, host and listing metadata and the apiProperties
/// listing keys. What does not fit is left for the root comparison, which writes it through.
/// </summary>
internal static class ConnectorSectionImporter
{
    /// <summary>A tag of a name and maybe a description, both texts: what the model's tags say.</summary>
    private static bool IsTypedTag(JsonNode? tag) =>
        tag is JsonObject obj && obj.Child("name").Text() is not null
        && obj.All(p => p.Key is "name" or "description" && p.Value.Text() is not null);

    /// <summary>The model's default is [application/json]; null says the original has none, and any other list is written (an empty one too).</summary>
    private static void MediaTypes(JsonObject swagger, string key, JsonObject yaml)
    {
        switch (swagger.Child(key).TextList())
        {
            case [ConnectorInfoModel.DefaultMediaType]:
                return;
            case { } types:
                yaml[key] = YamlShapes.Strings(types);
                return;
            default:
                yaml[key] = null;
                return;
        }
    }

    private static readonly string[] ContactKeys = ["name", "url", "email"];
    private static readonly string[] MetadataNames = ["Website", "Privacy policy", "Categories"];
    private static readonly string[] MetadataKeys = ["website", "privacyPolicy", "categories"];

    public static JsonObject Import(ConnectorDefinition definition)
    {
        var swagger = definition.ApiDefinition;
        var info = swagger.Child("info") as JsonObject ?? [];
        var properties = definition.Properties;
        var yaml = new JsonObject
        {
            ["title"] = info.Child("title").Text() ?? string.Empty,
            ["description"] = info.Child("description").Text() ?? string.Empty,
            ["version"] = info.Child("version").Text() ?? string.Empty,
        };
        var takenInfo = new HashSet<string>(StringComparer.Ordinal) { "title", "description", "version" };
        if (info.Child("x-ms-api-annotation") is JsonObject { Count: 1 } annotation && annotation.Child("status").Text() is { } status)
        {
            yaml["status"] = status;
            takenInfo.Add("x-ms-api-annotation");
        }

        if (info.Child("termsOfService").Text() is { } terms)
        {
            yaml["termsOfService"] = terms;
            takenInfo.Add("termsOfService");
        }

        // An explicit null says the original has no such key; the generator would otherwise write one.
        yaml["host"] = swagger.ContainsKey("host") ? swagger.Child("host").Text() ?? string.Empty : null;
        yaml.Put("basePath", swagger.Child("basePath").Text() is { } basePath ? basePath : null);

        // The model's default is [https]; an empty list writes none.
        if (swagger.Child("schemes").TextList() is not ["https"])
        {
            yaml["schemes"] = YamlShapes.Strings(swagger.Child("schemes").TextList() ?? []);
        }

        MediaTypes(swagger, "consumes", yaml);
        MediaTypes(swagger, "produces", yaml);
        if (info.Child("contact") is JsonObject contact && contact.All(p => ContactKeys.Contains(p.Key) && p.Value.Text() is not null))
        {
            yaml["contact"] = contact.DeepClone();
            takenInfo.Add("contact");
        }

        ConnectorListingImporter.TakeInfoListing(info, yaml, takenInfo);
        TakeMetadata(swagger.Child("x-ms-connector-metadata"), yaml);
        yaml.Put("brandColor", properties.IconBrandColor is { } color ? color : null);
        if (definition.Icon is { } icon)
        {
            yaml["icon"] = icon.FileName;
        }

        yaml.Put("publisher", properties.Publisher is { } publisher ? publisher : null);
        yaml.Put("stackOwner", properties.StackOwner is { } stackOwner ? stackOwner : null);
        if (properties.Properties?.ContainsKey("capabilities") != true)
        {
            yaml["capabilities"] = null;
        }
        else
        {
            yaml.Put("capabilities", properties.Properties.Child("capabilities").TextList() is { Count: > 0 } capabilities ? YamlShapes.Strings(capabilities) : null);
        }

        if (!swagger.ContainsKey("securityDefinitions"))
        {
            yaml["emptySecurityDefinitions"] = false;
        }

        if (properties.Properties?.ContainsKey("connectionParameters") == false)
        {
            yaml["emptyConnectionParameters"] = false;
        }

        var empty = ConnectorInfoModel.EmptiableSections
            .Where(section => swagger.Child(section) is JsonObject { Count: 0 } or JsonArray { Count: 0 })
            .ToList();
        if (empty.Count > 0)
        {
            yaml["empty"] = YamlShapes.Strings(empty);
        }

        var emptyPaths = (swagger.Child("paths") as JsonObject ?? [])
            .Where(p => p.Value is JsonObject { Count: 0 })
            .Select(p => p.Key)
            .ToList();
        if (emptyPaths.Count > 0)
        {
            yaml["emptyPaths"] = YamlShapes.Strings(emptyPaths);
        }

        if (swagger.Child("tags") is JsonArray { Count: > 0 } tags && tags.All(IsTypedTag))
        {
            yaml["tags"] = new JsonArray([.. tags.OfType<JsonObject>().Select(tag => tag.Child("description") is null ? tag.Child("name")!.DeepClone() : tag.DeepClone())]);
        }

        ConnectorListingImporter.TakeRootListing(swagger, yaml);
        return yaml.PutIfAny("extensions", YamlShapes.Rest(info, takenInfo));
    }

    /// <summary>
    /// Website, privacy policy and categories as typed keys (the first entry that names each, ignoring case), other
    /// entries under <c>metadata</c>, and <c>metadataNames</c> when the names or their order are not the platform's.
    /// </summary>
    private static void TakeMetadata(JsonNode? metadata, JsonObject yaml)
    {
        if (metadata is not JsonArray entries)
        {
            return;
        }

        var values = new List<(string Name, string Value)>();
        foreach (var entry in entries)
        {
            if (entry is not JsonObject { Count: 2 } pair || pair.Child("propertyName").Text() is not { } name || pair.Child("propertyValue").Text() is not { } value)
            {
                return;
            }

            values.Add((name, value));
        }

        var typed = new (string Name, string Value)?[MetadataNames.Length];
        var extras = new JsonObject();
        foreach (var (name, value) in values)
        {
            var index = Array.FindIndex(MetadataNames, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            if (index >= 0 && typed[index] is null)
            {
                typed[index] = (name, value);
            }
            else if (!extras.TryAdd(name, value))
            {
                // Two entries of one name: the mapping cannot say it, so the metadata is written through.
                return;
            }
        }

        for (var index = 0; index < typed.Length; index++)
        {
            if (typed[index] is { } entry)
            {
                yaml[MetadataKeys[index]] = index == 2 ? YamlShapes.Strings(entry.Value.Split(';')) : entry.Value;
            }
        }

        yaml.PutIfAny("metadata", extras);
        var platformOrder = MetadataNames.Where((_, i) => typed[i] is not null).Concat(extras.Select(e => e.Key));
        if (!platformOrder.SequenceEqual(values.Select(v => v.Name), StringComparer.Ordinal))
        {
            yaml["metadataNames"] = YamlShapes.Strings(values.Select(v => v.Name));
        }
    }
}
