using System.Globalization;
using System.Text.Json.Nodes;
using ConnectorKit.Emitting;
using ConnectorKit.Loading;

namespace ConnectorKit.Import;

/// <summary>One imported operation: its id and its YAML, as an action or a trigger.</summary>
internal sealed record ImportedOperation(string Id, bool IsTrigger, JsonObject Yaml);

/// <summary>
/// The model being imported, section by section as YAML-shaped trees, and how it is laid out in files: everything in
/// <c>connector.yaml</c>, or with many operations one file per operation (numbered to keep the original order) and the
/// schemas in their own file.
/// </summary>
internal sealed class ImportDraft
{
    public const int OperationsPerFileLimit = 20;
    public const string MainFile = "connector.yaml";

    public required JsonObject Connector { get; set; }

    public JsonObject? Auth { get; set; }

    /// <summary>Security definitions beside the auth, by security name (see <see cref="SecurityImporter"/>).</summary>
    public JsonObject OtherAuths { get; } = [];

    /// <summary>The root requirements as written, where the auths' requirements do not say them.</summary>
    public JsonArray? Security { get; set; }

    public JsonObject ConnectionParameters { get; } = [];

    public JsonObject? ConnectionParameterSets { get; set; }

    public JsonObject Parameters { get; } = [];

    public JsonObject Responses { get; } = [];

    /// <summary>Responses every operation gets unless it says otherwise (see <see cref="ShorthandImporter"/>).</summary>
    public JsonObject SharedResponses { get; } = [];

    public JsonObject Schemas { get; } = [];

    public List<ImportedOperation> Operations { get; } = [];

    public JsonArray? Policies { get; set; }

    public JsonObject? Script { get; set; }

    public List<string> DisabledChecks { get; } = [];

    public JsonObject Extensions { get; } = [];

    public JsonObject PropertiesExtensions { get; } = [];

    /// <summary>Paths that hold only a notification content, by path.</summary>
    public JsonObject Notifications { get; } = [];

    public JsonObject Paths { get; } = [];

    public IReadOnlyList<ModelSourceFile> ToFiles(string source)
    {
        var split = Operations.Count > OperationsPerFileLimit;
        var main = new JsonObject { ["connector"] = Connector.DeepClone() };
        main.Put("auth", Auth).PutIfAny("otherAuths", Copy(OtherAuths)).Put("security", Security)
            .PutIfAny("connectionParameters", Copy(ConnectionParameters))
            .Put("connectionParameterSets", ConnectionParameterSets)
            .PutIfAny("parameters", Copy(Parameters)).PutIfAny("responses", Copy(Responses))
            .PutIfAny("sharedResponses", Copy(SharedResponses));
        if (!split)
        {
            main.PutIfAny("schemas", Copy(Schemas));
            main.PutIfAny("actions", OperationMap(Operations.Where(o => !o.IsTrigger)));
            main.PutIfAny("triggers", OperationMap(Operations.Where(o => o.IsTrigger)));
        }

        main.PutIfAny("notifications", Copy(Notifications)).PutIfAny("paths", Copy(Paths));
        main.Put("policies", Policies).Put("script", Script);
        if (DisabledChecks.Count > 0)
        {
            main["checks"] = new JsonObject { ["disable"] = YamlShapes.Strings(DisabledChecks) };
        }

        main.PutIfAny("extensions", Copy(Extensions)).PutIfAny("propertiesExtensions", Copy(PropertiesExtensions));
        var files = new List<ModelSourceFile>
        {
            new(MainFile, YamlTextWriter.Write(main, [$" Imported by connectorkit from {source}.", " Edit freely; 'connectorkit generate' turns it back into the connector files."])),
        };
        if (split)
        {
            files.AddRange(SplitFiles());
        }

        return files;
    }

    private IEnumerable<ModelSourceFile> SplitFiles()
    {
        if (Schemas.Count > 0)
        {
            yield return new ModelSourceFile("schemas.yaml", YamlTextWriter.Write(new JsonObject { ["schemas"] = Copy(Schemas) }));
        }

        // Numbers keep the original order: the loader reads files in ordinal order of their paths.
        var digits = Operations.Count.ToString(CultureInfo.InvariantCulture).Length;
        for (var i = 0; i < Operations.Count; i++)
        {
            var operation = Operations[i];
            var section = operation.IsTrigger ? "triggers" : "actions";
            var number = (i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
            var document = new JsonObject { [section] = new JsonObject { [operation.Id] = operation.Yaml.DeepClone() } };
            yield return new ModelSourceFile($"operations/{number}-{SafeFileName(operation.Id)}.yaml", YamlTextWriter.Write(document));
        }
    }

    private static JsonObject OperationMap(IEnumerable<ImportedOperation> operations)
    {
        var map = new JsonObject();
        foreach (var operation in operations)
        {
            map[operation.Id] = operation.Yaml.DeepClone();
        }

        return map;
    }

    private static JsonObject Copy(JsonObject section) => (JsonObject)section.DeepClone();

    /// <summary>Letters, digits, '-' and '_' of the id (an id may hold any character; the file name only names it).</summary>
    private static string SafeFileName(string id)
    {
        var safe = new string([.. id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
        return safe.Length == 0 ? "operation" : safe[..Math.Min(safe.Length, 80)];
    }
}
