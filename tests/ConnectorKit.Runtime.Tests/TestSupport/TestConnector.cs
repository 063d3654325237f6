using System.Text.Json.Nodes;

namespace ConnectorKit.Runtime.Tests.TestSupport;

/// <summary>
/// A connector folder written for one test into a temporary folder: a small definition (host api.example.com,
/// basePath /api) whose operations, policies, connection parameters and script the test chooses.
/// </summary>
public sealed class TestConnector : IDisposable
{
    public TestConnector(JsonObject paths, JsonArray? policies = null, string? script = null, JsonArray? scriptOperations = null,
        JsonObject? connectionParameters = null, JsonObject? securityDefinitions = null, JsonObject? sharedParameters = null)
    {
        Folder = Directory.CreateTempSubdirectory("ck-runtime-test-").FullName;
        var swagger = new JsonObject
        {
            ["swagger"] = "2.0",
            ["info"] = new JsonObject { ["title"] = "Test Connector", ["description"] = "A connector of a runtime test.", ["version"] = "1.0" },
            ["host"] = "api.example.com",
            ["basePath"] = "/api",
            ["schemes"] = new JsonArray("https"),
            ["consumes"] = new JsonArray("application/json"),
            ["produces"] = new JsonArray("application/json"),
            ["paths"] = paths.DeepClone(),
            ["definitions"] = new JsonObject(),
            ["parameters"] = sharedParameters?.DeepClone() ?? new JsonObject(),
            ["responses"] = new JsonObject(),
            ["securityDefinitions"] = securityDefinitions?.DeepClone() ?? new JsonObject(),
            ["security"] = new JsonArray(),
            ["tags"] = new JsonArray(),
        };
        var properties = new JsonObject
        {
            ["connectionParameters"] = connectionParameters?.DeepClone() ?? new JsonObject(),
            ["iconBrandColor"] = "#007ee5",
            ["capabilities"] = new JsonArray(),
            ["publisher"] = "Tests",
            ["stackOwner"] = "Tests",
        };
        if (policies is not null)
        {
            properties["policyTemplateInstances"] = policies.DeepClone();
        }

        if (scriptOperations is not null)
        {
            properties["scriptOperations"] = scriptOperations.DeepClone();
        }

        File.WriteAllText(Path.Combine(Folder, "apiDefinition.swagger.json"), swagger.ToJsonString());
        File.WriteAllText(Path.Combine(Folder, "apiProperties.json"), new JsonObject { ["properties"] = properties }.ToJsonString());
        if (script is not null)
        {
            File.WriteAllText(Path.Combine(Folder, "script.csx"), script);
        }
    }

    public string Folder { get; }

    /// <summary>One GET operation at <paramref name="path"/> answering 200, with the given parameters.</summary>
    public static JsonObject Get(string path, string operationId, params JsonObject[] parameters) => Operation(path, "get", operationId, parameters);

    public static JsonObject Operation(string path, string method, string operationId, params JsonObject[] parameters) => new()
    {
        [path] = new JsonObject
        {
            [method] = new JsonObject
            {
                ["operationId"] = operationId,
                ["summary"] = operationId,
                ["parameters"] = new JsonArray([.. parameters]),
                ["responses"] = new JsonObject { ["200"] = new JsonObject { ["description"] = "OK" } },
            },
        },
    };

    public static JsonObject Parameter(string name, string location, string type = "string", bool required = false, JsonObject? extra = null)
    {
        var parameter = new JsonObject { ["name"] = name, ["in"] = location, ["type"] = type, ["required"] = required || location == "path" };
        foreach (var (key, value) in extra ?? [])
        {
            parameter[key] = value?.DeepClone();
        }

        return parameter;
    }

    public static JsonObject Policy(string templateId, JsonObject parameters) => new()
    {
        ["templateId"] = templateId,
        ["title"] = templateId + " under test",
        ["parameters"] = parameters.DeepClone(),
    };

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
