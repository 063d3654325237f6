using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
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
        node.AddIfPresent("termsOfService", info.TermsOfService);
        if (info.Contact is { } contact)
        {
            var contactPointer = JsonPointer.Append(pointer, "contact");
            origins.Record(contactPointer, contact.Position);
            node["contact"] = new JsonObject()
                .AddIfPresent("name", contact.Name)
                .AddIfPresent("url", contact.Url)
                .AddIfPresent("email", contact.Email);
        }

        if (info.License is { } license)
        {
            origins.Record(JsonPointer.Append(pointer, "license"), license.Position);
            node["license"] = new JsonObject { ["name"] = license.Name }.AddIfPresent("url", license.Url);
        }

        if (info.Status is { } status)
        {
            node["x-ms-api-annotation"] = new JsonObject { ["status"] = status };
        }

        node.AddIfAny("x-ms-keywords", info.Keywords)
            .AddIfPresent("x-ms-deployment-version", info.DeploymentVersion);
        if (info.PublishedToCopilots is { } published)
        {
            var copilotsPointer = JsonPointer.Append(pointer, "x-ms-openai-published-to-copilots");
            origins.Record(copilotsPointer, published.Position);
            var copilots = published.Copilots.Select(c => (JsonNode)new JsonObject
            {
                ["AICopilot-enabled"] = c.Enabled,
                ["AICopilotName"] = c.Name,
            }).ToList();
            node["x-ms-openai-published-to-copilots"] = published.Single && copilots.Count == 1
                ? copilots[0]
                : new JsonArray([.. copilots]);
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
        foreach (var (name, value, position) in MetadataInOrder(info, keys))
        {
            if (position is { } known)
            {
                origins.Record(JsonPointer.Append(pointer, entries.Count), known);
            }

            entries.Add(new JsonObject { ["propertyName"] = name, ["propertyValue"] = value });
        }

        return entries;
    }

    /// <summary>
    /// The metadata entries given, in the order and spelling of <c>metadataNames</c> when given (a typed entry named
    /// ignoring case takes that spelling), then the rest in the platform's order.
    /// </summary>
    private static IEnumerable<(string Name, string Value, SourcePosition? Position)> MetadataInOrder(
        ConnectorInfoModel info, ModelKeyPositions keys)
    {
        var pending = new List<(string Name, string Value, SourcePosition? Position)>();
        foreach (var (name, modelKey, value) in new[]
        {
            ("Website", "website", info.Website),
            ("Privacy policy", "privacyPolicy", info.PrivacyPolicy),
            ("Categories", "categories", info.Categories.Count > 0 ? string.Join(';', info.Categories) : null),
        })
        {
            if (value is not null)
            {
                pending.Add((name, value, keys.TryFind(info.Position, modelKey, out var position) ? position : null));
            }
        }

        pending.AddRange(info.Metadata.Select(e => (e.Name, e.Value, (SourcePosition?)e.Position)));
        foreach (var name in info.MetadataNames)
        {
            var index = pending.FindIndex(e => e.Name == name);
            if (index < 0)
            {
                index = pending.FindIndex(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
            }

            if (index >= 0)
            {
                yield return pending[index] with { Name = name };
                pending.RemoveAt(index);
            }
        }

        foreach (var entry in pending)
        {
            yield return entry;
        }
    }

    /// <summary>An <c>externalDocs</c> object (the root's, an operation's).</summary>
    public static JsonObject ExternalDocs(ExternalDocsModel docs) => new JsonObject()
        .AddIfPresent("description", docs.Description)
        .AddIfPresent("url", docs.Url);

    /// <summary>
    /// The root keys the connector section says: external docs, the connection test, the Copilot manifest and the
    /// leftover components.
    /// </summary>
    public void ExpandRootListing(ConnectorInfoModel info, JsonObject root)
    {
        if (info.ExternalDocs is { } docs)
        {
            origins.Record("/externalDocs", docs.Position);
            root["externalDocs"] = ExternalDocs(docs);
        }

        if (info.TestConnection is { } test)
        {
            origins.Record("/x-ms-capabilities", test.Position);
            var connectionTest = new JsonObject { ["operationId"] = test.Operation }
                .AddIfPresent("parameters", test.Parameters?.Value?.DeepClone());
            root["x-ms-capabilities"] = new JsonObject { ["testConnection"] = connectionTest };
        }

        if (info.OpenAiManifest is { } manifest)
        {
            origins.Record("/x-ms-openai-manifest", manifest.Position);
            root["x-ms-openai-manifest"] = new JsonObject()
                .AddIfPresent("humanName", manifest.HumanName)
                .AddIfPresent("modelDescription", manifest.ModelDescription)
                .AddIfPresent("contactEmail", manifest.ContactEmail)
                .AddIfPresent("legalUrl", manifest.LegalUrl);
        }

        if (info.OpenApiComponents is { } components)
        {
            origins.Record("/x-components", components.Position);
            root["x-components"] = components.Value?.DeepClone();
        }
    }
}
