namespace ConnectorKit.Expansion;

/// <summary>The two JSON files a connector definition consists of.</summary>
public enum DefinitionFileKind
{
    /// <summary><c>apiDefinition.swagger.json</c>.</summary>
    ApiDefinition,

    /// <summary><c>apiProperties.json</c>.</summary>
    ApiProperties,
}
