using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Inputs;
using ConnectorKit.Runtime.Connections;
using ConnectorKit.Runtime.Matching;
using ConnectorKit.Runtime.Policies;
using ConnectorKit.Runtime.Scripting;

namespace ConnectorKit.Runtime.Hosting;

/// <summary>
/// A connector made ready to serve: read through the same loader as every command (so a model is checked and
/// expanded first), its operations indexed, its policies built and its script compiled. Whatever would fail a call
/// later fails here, as positioned findings.
/// </summary>
public sealed class LoadedConnector
{
    private LoadedConnector(PositionedConnector connector, OperationTable operations, IReadOnlyList<IRuntimePolicy> policies, CompiledScript? script, string folder)
    {
        Definition = connector.Definition;
        Operations = operations;
        Policies = policies;
        Script = script;
        Folder = folder;
        Authentication = ConnectionAuthentication.For(Definition.Swagger, Definition.Properties);
        ScriptOperations = new HashSet<string>(Definition.Properties.ScriptOperations, StringComparer.Ordinal);
    }

    public ConnectorDefinition Definition { get; }

    public OperationTable Operations { get; }

    public IReadOnlyList<IRuntimePolicy> Policies { get; }

    public CompiledScript? Script { get; }

    /// <summary>The operations the script handles; empty means all of them (when there is a script).</summary>
    public IReadOnlySet<string> ScriptOperations { get; }

    public ConnectionAuthentication Authentication { get; }

    /// <summary>The connector's (or model's) folder.</summary>
    public string Folder { get; }

    public bool ScriptHandles(string? operationId) =>
        Script is not null && (ScriptOperations.Count == 0 || (operationId is not null && ScriptOperations.Contains(operationId)));

    public static (LoadedConnector? Connector, IReadOnlyList<Diagnostic> Diagnostics) Load(string path)
    {
        var input = ConnectorInputLoader.Load(path);
        var diagnostics = new List<Diagnostic>(input.Diagnostics);
        if (input.HasErrors || input.Connector is not { } connector)
        {
            return (null, diagnostics);
        }

        var policies = PolicyLoader.Load(connector.Definition.Properties, connector.ApiPropertiesPositions, diagnostics);
        var script = connector.Definition.Script is { } text
            ? ScriptCompiler.Compile(text, connector.ScriptFile ?? DefinitionFiles.Script, diagnostics)
            : null;
        var full = Path.GetFullPath(path);
        var folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full)!;
        return diagnostics.Any(d => d.Severity == Severity.Error)
            ? (null, diagnostics)
            : (new LoadedConnector(connector, new OperationTable(connector.Definition.Swagger), policies, script, folder), diagnostics);
    }
}
