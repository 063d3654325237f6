using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Loading;

/// <summary>Reads <c>policies:</c> (a list of template instances) and the <c>script:</c> section.</summary>
internal static class PolicyReader
{
    internal static readonly string[] PolicyKeys = ["template", "title", "type", "section", "operations", "parameters"];
    internal static readonly string[] ScriptKeys = ["file", "operations"];

    public static IReadOnlyList<PolicyModel> ReadPolicies(MappingEntry section, LoadContext context)
    {
        if (section.Value is not SequenceNode sequence)
        {
            context.Report(DiagnosticCodes.WrongType, section.Value.Position,
                $"'policies' must be a list of policy template instances, not {section.Value.Describe()}.");
            return [];
        }

        return [.. sequence.Items.Select(item => ReadPolicy(item, context)).OfType<PolicyModel>()];
    }

    public static ScriptModel? ReadScript(MappingEntry section, LoadContext context)
    {
        if (MappingReader.Open(section.Value, "the script section", ScriptKeys, context, origin: section.Key.Position) is not { } map)
        {
            return null;
        }

        var file = map.Path("file", required: true);
        var operations = map.ReferenceList("operations");
        return file is null
            ? null
            : new ScriptModel(file, operations, map.Origin) { ListsOperations = map.Has("operations") };
    }

    private static PolicyModel? ReadPolicy(SourceNode node, LoadContext context)
    {
        if (MappingReader.Open(node, "a policy", PolicyKeys, context) is not { } map)
        {
            return null;
        }

        var template = map.String("template", required: true);
        var policy = new PolicyModel
        {
            TemplateId = template ?? string.Empty,
            Title = map.String("title"),
            Type = map.String("type"),
            Section = map.String("section"),
            Operations = map.ReferenceList("operations"),
            // No parameters is an empty object, so the writer and the checks need no special case.
            Parameters = map.RawMapping("parameters") ?? EmptyObject(map),
            Position = map.Origin,
        };
        return template is null ? null : policy;
    }

    private static RawJson EmptyObject(MappingReader map) =>
        new(new JsonObject(), new Dictionary<string, SourcePosition> { [JsonPointer.Root] = map.Position }, map.Position);
}
