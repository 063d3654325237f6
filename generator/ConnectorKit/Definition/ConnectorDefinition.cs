using System.Text.Json.Nodes;

namespace ConnectorKit.Definition;

/// <summary>
/// A connector as Power Platform takes it: the two JSON files, kept as ordered JSON trees so that nothing is lost and
/// the order they were read in is kept, plus typed views for consumers (client generator, validator, diff, runtime).
/// </summary>
public sealed class ConnectorDefinition
{
    public ConnectorDefinition(JsonObject apiDefinition, JsonObject? apiProperties, ConnectorScript? script = null, ConnectorIcon? icon = null)
    {
        ApiDefinition = apiDefinition;
        ApiProperties = apiProperties;
        Script = script;
        Icon = icon;
    }

    /// <summary>The content of <c>apiDefinition.swagger.json</c>.</summary>
    public JsonObject ApiDefinition { get; }

    /// <summary>The content of <c>apiProperties.json</c>, when the connector has one.</summary>
    public JsonObject? ApiProperties { get; }

    public ConnectorScript? Script { get; }

    public ConnectorIcon? Icon { get; }

    public SwaggerDocument Swagger => new(ApiDefinition);

    public ApiPropertiesDocument Properties => new(ApiProperties ?? []);
}

/// <summary>Custom code: the text of <c>script.csx</c>, exactly as written.</summary>
public sealed record ConnectorScript(string Text);

/// <summary>The connector's icon file, as bytes, with the file name it goes by in settings.json.</summary>
public sealed record ConnectorIcon(string FileName, byte[] Content);
