using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Import.Sources;

/// <summary>What a document to import is, told by its content (never by its file name).</summary>
public enum SourceKind
{
    /// <summary>Neither of the kinds below.</summary>
    Unknown,

    /// <summary><c>openapi: 3.x</c>.</summary>
    OpenApi3,

    /// <summary><c>swagger: "2.0"</c>: a connector's own format.</summary>
    Swagger2,

    /// <summary>A Postman collection of schema v2.0 or v2.1 (<c>info.schema</c>).</summary>
    PostmanCollection,
}

/// <summary>Tells the kind of a document from the keys that define each format, and says what it found when it is none.</summary>
public static class SourceKinds
{
    public static SourceKind Detect(JsonNode? root, out string description)
    {
        if (root is not JsonObject document)
        {
            description = "the document is not an object";
            return SourceKind.Unknown;
        }

        if (document["openapi"] is { } openapi)
        {
            var version = Scalar(openapi);
            description = $"OpenAPI {version}";
            return version.StartsWith("3.", StringComparison.Ordinal) ? SourceKind.OpenApi3 : SourceKind.Unknown;
        }

        if (document["swagger"] is { } swagger)
        {
            var version = Scalar(swagger);
            description = $"Swagger {version}";
            return version is "2.0" or "2" ? SourceKind.Swagger2 : SourceKind.Unknown;
        }

        if (document.Child("info").Child("schema").StringOrNull() is { } schema)
        {
            description = $"a document of schema {schema}";
            return PostmanSchemaVersion(schema) is "v2.0" or "v2.1" ? SourceKind.PostmanCollection : SourceKind.Unknown;
        }

        description = document.ContainsKey("requests") && document.ContainsKey("order")
            ? "a Postman collection v1 (export it as v2.1 from Postman)"
            : "no 'openapi', 'swagger' or Postman 'info.schema' key";
        return SourceKind.Unknown;
    }

    /// <summary>The major.minor of a Postman collection schema URL (…/collection/v2.1.0/collection.json), or null.</summary>
    public static string? PostmanSchemaVersion(string schema)
    {
        const string Marker = "/collection/";
        var start = schema.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
        if (!schema.Contains("getpostman.com", StringComparison.OrdinalIgnoreCase) || start < 0)
        {
            return null;
        }

        var version = schema[(start + Marker.Length)..].Split('/')[0];
        return version.Length >= 4 ? version[..4] : version;
    }

    private static string Scalar(JsonNode node) => node.StringOrNull() ?? node.ToJsonString();
}
