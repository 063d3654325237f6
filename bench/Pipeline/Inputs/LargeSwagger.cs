using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Definition;

namespace ConnectorKit.Bench.Pipeline.Inputs;

/// <summary>
/// A connector folder whose swagger takes about 5 MB (five times the largest of the public connectors), made of
/// operations with inline schemas; deterministic.
/// </summary>
internal static class LargeSwagger
{
    public const int TargetBytes = 5 * 1024 * 1024;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write(string parent)
    {
        var folder = Path.Combine(parent, "swagger-5mb");
        Directory.CreateDirectory(folder);
        var perOperation = Serialize(Swagger(1)).Length;
        var operations = TargetBytes / perOperation + 1;
        File.WriteAllBytes(Path.Combine(folder, DefinitionFiles.ApiDefinition), Serialize(Swagger(operations)));
        var properties = new JsonObject
        {
            ["properties"] = new JsonObject
            {
                ["iconBrandColor"] = "#007ee5",
                ["capabilities"] = new JsonArray(),
                ["publisher"] = "Bench",
                ["stackOwner"] = "Bench",
            },
        };
        File.WriteAllBytes(Path.Combine(folder, DefinitionFiles.ApiProperties), Serialize(properties));
        return folder;
    }

    private static byte[] Serialize(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node, Indented);

    private static JsonObject Swagger(int operations)
    {
        var paths = new JsonObject();
        for (var i = 0; i < operations; i++)
        {
            paths[$"/records{i:D5}/{{recordId}}"] = new JsonObject
            {
                ["get"] = Operation($"GetRecord{i:D5}", $"Get record {i}", i),
            };
        }

        return new JsonObject
        {
            ["swagger"] = "2.0",
            ["info"] = new JsonObject { ["title"] = "Large Swagger", ["description"] = "A generated connector of about 5 MB.", ["version"] = "1.0" },
            ["host"] = "api.example.com",
            ["basePath"] = "/v1",
            ["schemes"] = new JsonArray("https"),
            ["consumes"] = new JsonArray("application/json"),
            ["produces"] = new JsonArray("application/json"),
            ["paths"] = paths,
            ["definitions"] = new JsonObject(),
            ["parameters"] = new JsonObject(),
            ["responses"] = new JsonObject(),
            ["securityDefinitions"] = new JsonObject(),
            ["security"] = new JsonArray(),
            ["tags"] = new JsonArray(),
        };
    }

    private static JsonObject Operation(string id, string summary, int index)
    {
        var properties = new JsonObject();
        for (var p = 0; p < 12; p++)
        {
            properties[$"field{p:D2}"] = new JsonObject
            {
                ["type"] = p % 3 == 0 ? "integer" : "string",
                ["description"] = string.Create(CultureInfo.InvariantCulture, $"Field {p} of record {index}, as the service returns it."),
                ["x-ms-summary"] = $"Field {p}",
            };
        }

        return new JsonObject
        {
            ["operationId"] = id,
            ["summary"] = summary,
            ["description"] = $"{summary} by its ID.",
            ["parameters"] = new JsonArray(new JsonObject
            {
                ["name"] = "recordId",
                ["in"] = "path",
                ["required"] = true,
                ["type"] = "string",
                ["x-ms-summary"] = "Record ID",
                ["description"] = "The ID of the record.",
            }),
            ["responses"] = new JsonObject
            {
                ["200"] = new JsonObject
                {
                    ["description"] = "The record.",
                    ["schema"] = new JsonObject { ["type"] = "object", ["properties"] = properties },
                },
            },
        };
    }
}
