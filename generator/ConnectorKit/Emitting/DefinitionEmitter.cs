using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Emitting;

/// <summary>
/// Turns a connector definition into the files paconn and <c>pac connector</c> take: the swagger, apiProperties.json,
/// settings.json naming them (and, for an environment, where to upload), and the script and icon when the connector
/// has them.
/// </summary>
public static class DefinitionEmitter
{
    public static IReadOnlyList<GeneratedFile> Emit(ConnectorDefinition definition, DeploymentTarget? target = null)
    {
        var files = new List<GeneratedFile>
        {
            new(DefinitionFiles.ApiDefinition, CanonicalJsonWriter.ToBytes(definition.ApiDefinition)),
            new(DefinitionFiles.ApiProperties, CanonicalJsonWriter.ToBytes(definition.ApiProperties ?? [])),
        };

        if (definition.Icon is { } icon)
        {
            files.Add(new GeneratedFile(icon.FileName, icon.Content));
        }

        if (definition.Script is { } script)
        {
            files.Add(GeneratedFile.FromText(DefinitionFiles.Script, script.Text));
        }

        files.Add(new GeneratedFile(DefinitionFiles.Settings, CanonicalJsonWriter.ToBytes(Settings(definition, target))));
        return files;
    }

    /// <summary>
    /// paconn's settings.json: file names relative to the folder (never a machine path) and, for an environment, the
    /// environment id and the connector id, so <c>paconn create</c> and <c>update</c> ask for neither.
    /// </summary>
    public static JsonObject Settings(ConnectorDefinition definition, DeploymentTarget? target = null)
    {
        var settings = new JsonObject();
        if (target?.ConnectorId is { } connectorId)
        {
            settings["connectorId"] = connectorId;
        }

        if (target is not null)
        {
            settings["environment"] = target.EnvironmentId;
        }

        settings["apiDefinition"] = DefinitionFiles.ApiDefinition;
        settings["apiProperties"] = DefinitionFiles.ApiProperties;
        if (definition.Icon is { } icon)
        {
            settings["icon"] = icon.FileName;
        }

        if (definition.Script is not null)
        {
            settings["script"] = DefinitionFiles.Script;
        }

        return settings;
    }
}
