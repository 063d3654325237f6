using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Json;

namespace ConnectorKit.Emitting;

/// <summary>
/// Turns a connector definition into the files paconn and <c>pac connector</c> take: the swagger, apiProperties.json,
/// settings.json naming them, and the script and icon when the connector has them.
/// </summary>
public static class DefinitionEmitter
{
    public static IReadOnlyList<GeneratedFile> Emit(ConnectorDefinition definition)
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

        files.Add(new GeneratedFile(DefinitionFiles.Settings, CanonicalJsonWriter.ToBytes(Settings(definition))));
        return files;
    }

    /// <summary>paconn's settings.json: file names only, so it never carries a machine path or an environment id.</summary>
    public static JsonObject Settings(ConnectorDefinition definition)
    {
        var settings = new JsonObject
        {
            ["apiDefinition"] = DefinitionFiles.ApiDefinition,
            ["apiProperties"] = DefinitionFiles.ApiProperties,
        };
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
