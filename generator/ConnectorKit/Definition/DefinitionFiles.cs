namespace ConnectorKit.Definition;

/// <summary>The file names Power Platform tools expect in a connector folder.</summary>
public static class DefinitionFiles
{
    public const string ApiDefinition = "apiDefinition.swagger.json";
    public const string ApiProperties = "apiProperties.json";
    public const string Script = "script.csx";
    public const string Settings = "settings.json";
    public const string Icon = "icon.png";
}
