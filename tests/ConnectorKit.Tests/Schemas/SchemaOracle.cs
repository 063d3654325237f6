using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Tests.TestSupport;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ConnectorKit.Tests.Schemas;

/// <summary>
/// Validates connector files against Microsoft's JSON schemas (../shared/schemas, copied from
/// microsoft/PowerPlatformConnectors). Only a test oracle: the project's validator never reads these schemas. Findings
/// that a <see cref="KnownSchemaLags">known lag</see> explains are left out, here and nowhere else.
/// </summary>
public static class SchemaOracle
{
    private const string Draft04Url = "http://json-schema.org/draft-04/schema";

    private static readonly Dictionary<ConnectorFileKind, Lazy<Task<JsonSchema>>> Schemas = new()
    {
        [ConnectorFileKind.ApiDefinition] = new(() => LoadAsync("apiDefinition.swagger.schema.json")),
        [ConnectorFileKind.ApiProperties] = new(() => LoadAsync("paconn-apiProperties.schema.json")),
        [ConnectorFileKind.Settings] = new(() => LoadAsync("paconn-settings.schema.json")),
    };

    public static string SchemasFolder => Path.Combine(RepositoryPaths.Shared, "schemas");

    /// <summary>Skips the calling test, saying why, when the schemas are not beside the repository.</summary>
    public static void RequireSchemas()
    {
        if (!Directory.Exists(SchemasFolder))
        {
            Assert.Skip($"Microsoft's connector JSON schemas are not at {SchemasFolder}; these tests read them from ../shared beside the repository.");
        }
    }

    /// <summary>The findings of the schema on <paramref name="json"/>, but for the known lags.</summary>
    public static async Task<IReadOnlyList<SchemaFinding>> ValidateAsync(ConnectorFileKind kind, string json) =>
        [.. (await AllFindingsAsync(kind, json)).Where(finding => !KnownSchemaLags.Explain(kind, finding))];

    /// <summary>Every finding of the schema, known lags included.</summary>
    public static async Task<IReadOnlyList<SchemaFinding>> AllFindingsAsync(ConnectorFileKind kind, string json)
    {
        var schema = await Schemas[kind].Value;
        return [.. schema.Validate(WithoutComments(json)).Select(SchemaFinding.From).OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    private static async Task<JsonSchema> LoadAsync(string fileName)
    {
        var path = Path.Combine(SchemasFolder, fileName);
        return await JsonSchema.FromJsonAsync(
            WithoutComments(await File.ReadAllTextAsync(path)),
            path,
            schema => new OfflineReferenceResolver(schema, SchemasFolder));
    }

    /// <summary>Microsoft's schemas are JSONC; the reader skips comments, which a text edit could not do safely.</summary>
    private static string WithoutComments(string json) =>
        JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!.ToJsonString();

    /// <summary>Resolves the draft-04 meta-schema URL to its local copy, since the tests have no network.</summary>
    private sealed class OfflineReferenceResolver(JsonSchema root, string schemasFolder)
        : JsonReferenceResolver(new JsonSchemaAppender(root, new DefaultTypeNameGenerator()))
    {
        public override async Task<NJsonSchema.References.IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken)
        {
            if (!url.StartsWith(Draft04Url, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The schemas reference {url}, which has no local copy.");
            }

            return await JsonSchema.FromFileAsync(Path.Combine(schemasFolder, "json-schema-draft-04.json"), cancellationToken);
        }
    }
}
