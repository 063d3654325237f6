using System.Text.Json.Nodes;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Expansion;

/// <summary>Builds swagger <c>info</c> and <c>x-ms-connector-metadata</c> from the <c>connector:</c> section.</summary>
internal sealed class InfoExpander(OriginRecorder origins)
{
    public JsonObject ExpandInfo(ConnectorInfoModel info, string pointer)
    {
        origins.Record(pointer, info.Position);
        var node = new JsonObject
        {
            ["title"] = info.Title,
            ["description"] = info.Description,
            ["version"] = info.Version,
        };
        if (info.Contact is { } contact)
        {
            var contactPointer = JsonPointer.Append(pointer, "contact");
            origins.Record(contactPointer, contact.Position);
            node["contact"] = new JsonObject()
                .AddIfPresent("name", contact.Name)
                .AddIfPresent("url", contact.Url)
                .AddIfPresent("email", contact.Email);
        }

        if (info.Status is { } status)
        {
            node["x-ms-api-annotation"] = new JsonObject { ["status"] = status };
        }

        origins.AppendExtensions(node, info.InfoExtensions, pointer);
        return node;
    }

    /// <summary>
    /// The listing metadata the platform shows: website, privacy policy and categories, the ones given. Each entry's
    /// origin is its model key where <paramref name="keys"/> has it, so findings on one entry point at that key.
    /// </summary>
    public JsonArray ExpandConnectorMetadata(ConnectorInfoModel info, string pointer, ModelKeyPositions keys)
    {
        origins.Record(pointer, info.Position);
        var entries = new JsonArray();
        foreach (var (name, modelKey, value) in new[]
        {
            ("Website", "website", info.Website),
            ("Privacy policy", "privacyPolicy", info.PrivacyPolicy),
            ("Categories", "categories", info.Categories.Count > 0 ? string.Join(';', info.Categories) : null),
        })
        {
            if (value is null)
            {
                continue;
            }

            if (keys.TryFind(info.Position, modelKey, out var position))
            {
                origins.Record(JsonPointer.Append(pointer, entries.Count), position);
            }

            entries.Add(new JsonObject { ["propertyName"] = name, ["propertyValue"] = value });
        }

        return entries;
    }
}
