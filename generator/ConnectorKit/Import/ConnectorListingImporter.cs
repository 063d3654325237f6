using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Import;

/// <summary>
/// Imports the connector section's keys beyond identity and host: info's terms, license, keywords and Copilot
/// publishing, and the root's external docs, connection test, Copilot manifest and leftover OpenAPI 3 components.
/// Each is taken only in the shape the model writes back; any other shape stays for the root comparison.
/// </summary>
internal static class ConnectorListingImporter
{
    private const string CopilotEnabled = "AICopilot-enabled";
    private const string CopilotName = "AICopilotName";
    private static readonly string[] ManifestKeys = ["humanName", "modelDescription", "contactEmail", "legalUrl"];

    public static void TakeInfoListing(JsonObject info, JsonObject yaml, HashSet<string> taken)
    {
        if (info.Child("license") is JsonObject license && license.Child("name").Text() is not null
            && license.All(p => p.Key is "name" or "url" && p.Value.Text() is not null))
        {
            yaml["license"] = license.DeepClone();
            taken.Add("license");
        }

        if (info.Child("x-ms-keywords").TextList() is { Count: > 0 } keywords)
        {
            yaml["keywords"] = YamlShapes.Strings(keywords);
            taken.Add("x-ms-keywords");
        }

        if (info.Child("x-ms-deployment-version").Text() is { } deploymentVersion)
        {
            yaml["deploymentVersion"] = deploymentVersion;
            taken.Add("x-ms-deployment-version");
        }

        if (Copilots(info.Child("x-ms-openai-published-to-copilots")) is { } copilots)
        {
            yaml["publishedToCopilots"] = copilots;
            taken.Add("x-ms-openai-published-to-copilots");
        }
    }

    /// <summary>One Copilot (an object) or a list of them, each exactly a name and an enabled flag.</summary>
    private static JsonNode? Copilots(JsonNode? published)
    {
        switch (published)
        {
            case JsonObject single:
                return Copilot(single);
            case JsonArray { Count: > 0 } list:
                var copilots = list.Select(Copilot).ToList();
                return copilots.Contains(null) ? null : new JsonArray([.. copilots]);
            default:
                return null;
        }
    }

    private static JsonObject? Copilot(JsonNode? node) =>
        node is JsonObject { Count: 2 } copilot && copilot.Child(CopilotName).Text() is { } name
        && copilot.Child(CopilotEnabled).BooleanOrNull() is { } enabled
            ? new JsonObject { ["name"] = name, ["enabled"] = enabled }
            : null;

    /// <summary>The owner's <c>externalDocs</c> as the model says it (a url, a description), or null.</summary>
    public static JsonObject? ExternalDocs(JsonObject owner) =>
        owner.Child("externalDocs") is JsonObject docs && docs.Child("url").Text() is not null
        && docs.All(p => p.Key is "description" or "url" && p.Value.Text() is not null)
            ? docs.DeepClone().AsObject()
            : null;

    public static void TakeRootListing(JsonObject swagger, JsonObject yaml)
    {
        if (ExternalDocs(swagger) is { } docs)
        {
            yaml["externalDocs"] = docs;
        }

        if (swagger.Child("x-ms-capabilities") is JsonObject { Count: 1 } capabilities
            && capabilities.Child("testConnection") is JsonObject test
            && test.Child("operationId").Text() is { } operation
            && test.All(p => p.Key == "operationId" || (p.Key == "parameters" && p.Value is JsonObject)))
        {
            yaml["testConnection"] = test.Child("parameters") is { } parameters
                ? new JsonObject { ["operation"] = operation, ["parameters"] = parameters.DeepClone() }
                : operation;
        }

        if (swagger.Child("x-ms-openai-manifest") is JsonObject manifest
            && manifest.All(p => ManifestKeys.Contains(p.Key) && p.Value.Text() is not null))
        {
            yaml["openAiManifest"] = new JsonObject([.. ManifestKeys
                .Where(manifest.ContainsKey)
                .Select(key => KeyValuePair.Create(key, manifest[key]?.DeepClone()))]);
        }

        if (swagger.Child("x-components") is JsonObject components)
        {
            yaml["openApiComponents"] = components.DeepClone();
        }
    }
}
