using ConnectorKit.Diagnostics;
using ConnectorKit.Model;
using ConnectorKit.Paths;

namespace ConnectorKit.Loading;

/// <summary>Reads the top-level sections of one model file into the accumulator that merges all files.</summary>
internal static class ModelFileReader
{
    internal static readonly string[] Sections =
    [
        "connector", "auth", "otherAuths", "security", "connectionParameters", "connectionParameterSets", "parameters",
        "schemas", "responses", "sharedResponses", "actions", "triggers", "notifications", "paths", "policies", "script",
        "client", "docs", "checks", "extensions", "propertiesExtensions",
    ];

    internal static readonly string[] DocsKeys = ["output", "prerequisites", "credentials", "knownIssues"];

    internal static readonly string[] ChecksKeys = ["disable"];

    internal static readonly string[] ClientKeys = ["namespace", "output", "name"];

    public static void Read(SourceNode root, ModelAccumulator model, LoadContext context)
    {
        if (MappingReader.Open(root, "a model file", Sections, context) is not { } file)
        {
            return;
        }

        foreach (var section in file.Entries)
        {
            ReadSection(section, model, context);
        }
    }

    private static void ReadSection(MappingEntry section, ModelAccumulator model, LoadContext context)
    {
        switch (section.Key.Text)
        {
            case "connector":
                model.Info = model.FirstOf(section, ConnectorInfoReader.Read(section, context), model.Info);
                break;
            case "auth":
                model.Auth = model.FirstOf(section, AuthReader.Read(section.Value, "the auth section", context, section.Key.Position), model.Auth);
                break;
            case "otherAuths":
                AddEach(section, model.OtherAuths, AuthReader.ReadOther, context);
                break;
            case "security":
                var security = AuthReader.ReadRootRequirements(section, context);
                model.Security = model.FirstOf(section, security, model.Security);
                break;
            case "connectionParameterSets":
                model.ConnectionParameterSets = model.FirstOf(section, ConnectionParameterReader.ReadSets(section, context), model.ConnectionParameterSets);
                break;
            case "checks":
                model.DisabledChecks = model.FirstOf(section, ReadChecks(section, context), model.DisabledChecks);
                break;
            case "script":
                model.Script = model.FirstOf(section, PolicyReader.ReadScript(section, context), model.Script);
                break;
            case "client":
                model.Client = model.FirstOf(section, ReadClient(section, context), model.Client);
                break;
            case "docs":
                model.Docs = model.FirstOf(section, ReadDocs(section, context), model.Docs);
                break;
            case "connectionParameters":
                AddEach(section, model.ConnectionParameters, ConnectionParameterReader.Read, context);
                break;
            case "parameters":
                AddEach(section, model.Parameters, ParameterReader.ReadReusable, context);
                break;
            case "schemas":
                AddEach(section, model.Schemas, ReadSchema, context);
                break;
            case "responses":
                AddEach(section, model.Responses, ResponseReader.ReadReusable, context);
                break;
            case "sharedResponses":
                model.SharedResponses = model.FirstOf(section, ResponseReader.ReadShared(section, context), model.SharedResponses);
                break;
            case "actions":
                ForEachEntry(section, context, entry => AddOperation(OperationReader.ReadAction(entry, context), model));
                break;
            case "triggers":
                ForEachEntry(section, context, entry => AddOperation(TriggerReader.Read(entry, context), model));
                break;
            case "notifications":
                AddEach(section, model.Notifications, NotificationPathReader.Read, context);
                break;
            case "policies":
                model.AddPolicies(PolicyReader.ReadPolicies(section, context));
                break;
            case "extensions":
                ReadRawObject(section, context, model.AddExtensions);
                break;
            case "paths":
                ReadRawObject(section, context, model.AddPaths);
                break;
            case "propertiesExtensions":
                ReadRawObject(section, context, model.AddPropertiesExtensions);
                break;
        }
    }

    private static void ForEachEntry(MappingEntry section, LoadContext context, Action<MappingEntry> read)
    {
        foreach (var entry in MappingReader.EntriesOf(section.Value, $"'{section.Key.Text}'", context))
        {
            read(entry);
        }
    }

    private static void AddEach<T>(MappingEntry section, Definitions<T> definitions, Func<MappingEntry, LoadContext, T?> read, LoadContext context)
        where T : class =>
        ForEachEntry(section, context, entry =>
        {
            if (read(entry, context) is { } item)
            {
                definitions.Add(entry.Key.Text, entry.Key.Position, item, context);
            }
        });

    private static void AddOperation(OperationModel? operation, ModelAccumulator model)
    {
        if (operation is not null)
        {
            model.AddOperation(operation);
        }
    }

    private static IReadOnlyList<string> ReadChecks(MappingEntry section, LoadContext context) =>
        MappingReader.Open(section.Value, "the checks section", ChecksKeys, context, origin: section.Key.Position) is { } map
            ? map.StringList("disable")
            : [];

    private static ClientModel? ReadClient(MappingEntry section, LoadContext context)
    {
        if (MappingReader.Open(section.Value, "the client section", ClientKeys, context, origin: section.Key.Position) is not { } map)
        {
            return null;
        }

        var ns = map.String("namespace", required: true);
        var output = ReadOutputPath(map.Path("output", required: true), "client folder", context);
        return ns is null || output is null ? null : new ClientModel(ns, output, map.String("name"), map.Origin);
    }

    private static DocsModel? ReadDocs(MappingEntry section, LoadContext context)
    {
        if (MappingReader.Open(section.Value, "the docs section", DocsKeys, context, origin: section.Key.Position) is not { } map)
        {
            return null;
        }

        return new DocsModel
        {
            Output = map.Has("output") ? ReadOutputPath(map.Path("output"), "readme file", context) : null,
            Prerequisites = map.String("prerequisites"),
            Credentials = map.String("credentials"),
            KnownIssues = map.String("knownIssues"),
            Position = map.Origin,
        };
    }

    /// <summary>
    /// A path generate writes to (the client's folder, the readme), in its normal form. Which output folder it is
    /// relative to is only known when writing (which follows its links then), but its form is checked here, so validate
    /// reports it too.
    /// </summary>
    private static ModelPath? ReadOutputPath(ModelPath? output, string what, LoadContext context)
    {
        if (output is null)
        {
            return null;
        }

        if (ConfinedFolder.Normalize(output.Text, "generate's output folder", out var problem) is { } normalized)
        {
            return output with { Text = normalized };
        }

        context.Report(problem!.Descriptor, output.Position, $"The {what} '{output.Text}' {problem.Reason}.", required: true);
        return null;
    }

    private static NamedSchemaModel? ReadSchema(MappingEntry entry, LoadContext context)
    {
        if (entry.Value is MappingNode schema)
        {
            return new NamedSchemaModel(entry.Key.Text, SchemaReader.Read(schema, $"schema '{entry.Key.Text}'", entry.Key.Position, context), entry.Key.Position);
        }

        context.Report(DiagnosticCodes.WrongType, entry.Value.Position, $"Schema '{entry.Key.Text}' must be a mapping, not {entry.Value.Describe()}.");
        return null;
    }

    private static void ReadRawObject(MappingEntry section, LoadContext context, Action<RawJson> add)
    {
        switch (section.Value)
        {
            case MappingNode mapping:
                add(RawJsonConverter.ToRawJson(mapping));
                break;
            case ScalarNode { IsNull: true }:
                break;
            default:
                context.Report(DiagnosticCodes.WrongType, section.Value.Position,
                    $"'{section.Key.Text}' must be a mapping of keys to write through, not {section.Value.Describe()}.");
                break;
        }
    }
}
