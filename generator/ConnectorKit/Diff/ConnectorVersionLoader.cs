using ConnectorKit.Diagnostics;
using ConnectorKit.Inputs;

namespace ConnectorKit.Diff;

/// <summary>
/// What loading one side of a comparison gave: the version (null when it could not be read) and the reading findings.
/// A JSON file with a flaw the reader works around (a duplicate key, a byte order mark) still gives a version.
/// </summary>
public sealed record ConnectorVersionLoadResult(PositionedConnector? Version, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>Reads one side of a comparison from a path, the way every command reads one (<see cref="ConnectorInputLoader"/>).</summary>
public static class ConnectorVersionLoader
{
    public static ConnectorVersionLoadResult Load(string path)
    {
        var input = ConnectorInputLoader.Load(path);
        return new ConnectorVersionLoadResult(input.ModelFile is not null && input.HasErrors ? null : input.Connector, input.Diagnostics);
    }
}
