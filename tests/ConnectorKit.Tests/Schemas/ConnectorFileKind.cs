namespace ConnectorKit.Tests.Schemas;

/// <summary>The connector files Microsoft publishes a JSON schema for.</summary>
public enum ConnectorFileKind
{
    ApiDefinition,
    ApiProperties,
    Settings,
}
