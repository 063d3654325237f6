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

        if (swagger.Child("tags") is JsonArray { Count: > 0 } tags && tags.All(IsTypedTag))
        {
            yaml["tags"] = new JsonArray([.. tags.OfType<JsonObject>().Select(tag => tag.Child("description") is null ? tag.Child("name")!.DeepClone() : tag.DeepClone())]);
        }

        return yaml.PutIfAny("extensions", YamlShapes.Rest(info, takenInfo));
    }

    /// <summary>Website, privacy policy and categories, when the metadata holds just those, in the generator's order.</summary>
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

        var order = values.Select(v => Array.IndexOf(MetadataNames, v.Name)).ToList();
        if (order.Contains(-1) || !order.SequenceEqual(order.Order()) || order.Distinct().Count() != order.Count)
        {
            return;
        }

        foreach (var (name, value) in values)
        {
            switch (name)
            {
                case "Website":
                    yaml["website"] = value;
                    break;
                case "Privacy policy":
                    yaml["privacyPolicy"] = value;
                    break;
                default:
                    yaml["categories"] = YamlShapes.Strings(value.Split(';'));
                    break;
            }
        }
    }
}
