using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Inputs;

namespace ConnectorKit.ClientGeneration;

/// <summary>A connector definition to generate a client from, or why there is none.</summary>
public sealed record ClientDefinitionResult(ConnectorDefinition? Definition, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Definition is not null && !Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>Reads the definition a client is generated from, the way every command reads a path (<see cref="ConnectorInputLoader"/>).</summary>
public static class ClientDefinitionSource
{
    public static ClientDefinitionResult Read(string path)
    {
        var input = ConnectorInputLoader.Load(path);
        return new ClientDefinitionResult(input.Connector?.Definition, input.Diagnostics);
    }
}
