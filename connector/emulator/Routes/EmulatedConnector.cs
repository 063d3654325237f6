using System.Text.Json.Nodes;
using ConnectorKit.Conformance;
using ConnectorKit.Definition;

namespace CustomerInsights.Emulator.Routes;

/// <summary>
/// The connector the emulator serves: the repository's generated apiDefinition.swagger.json, embedded at build time.
/// Its operations are the emulator's routes, and its schemas check the bodies the emulator takes.
/// </summary>
public sealed class EmulatedConnector
{
    private const string ResourceName = "CustomerInsights.Emulator.apiDefinition.swagger.json";

    private EmulatedConnector(JsonObject apiDefinition)
    {
        Definition = new ConnectorDefinition(apiDefinition, null);
        Conformance = new SchemaConformance(apiDefinition);
    }

    public ConnectorDefinition Definition { get; }

    public SwaggerDocument Swagger => Definition.Swagger;

    public SchemaConformance Conformance { get; }

    /// <summary>The base path the operations' paths hang under, such as /v1.</summary>
    public string BasePath => (Swagger.BasePath ?? "/").TrimEnd('/');

    public static EmulatedConnector Load()
    {
        using var stream = typeof(EmulatedConnector).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The emulator was built without its connector definition ({ResourceName}).");
        return new EmulatedConnector(JsonNode.Parse(stream) as JsonObject
            ?? throw new InvalidOperationException("The embedded connector definition is not a JSON object."));
    }
}
