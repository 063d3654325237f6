using System.Text.Json.Nodes;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Loading;

namespace ConnectorKit.Import;

/// <summary>
/// Imports <c>policyTemplateInstances</c> as typed policies: template id as written (ids match case-insensitively),
/// parameters by short name, the operations and the policy section as their own keys.
/// </summary>
internal sealed class PolicyImporter(FragmentProbe probe)
{
    private static readonly string[] InstanceKeys = ["templateId", "title", "type", "parameters"];

    /// <summary>The policies, or null when any instance cannot be written as a policy (then all are written through).</summary>
    public JsonArray? Import(JsonArray instances)
    {
        var policies = new JsonArray();
        foreach (var instance in instances)
        {
            if (Import(instance) is not { } policy)
            {
                return null;
            }

            policies.Add(policy);
        }

        return policies;
    }

    private JsonObject? Import(JsonNode? node)
    {
        if (node is not JsonObject instance || !instance.All(p => InstanceKeys.Contains(p.Key))
            || instance.Child("templateId").Text() is not { } templateId || instance.Child("parameters") is not JsonObject parameters)
        {
            return null;
        }

        var yaml = new JsonObject { ["template"] = templateId };
        if (instance.ContainsKey("title"))
        {
            yaml["title"] = instance.Child("title")?.DeepClone();
        }

        if (instance.ContainsKey("type"))
        {
            yaml["type"] = instance.Child("type")?.DeepClone();
        }

        if (parameters[PolicyExpander.SectionKey].Text() is { } section)
        {
            yaml["section"] = section;
        }

        if (parameters[PolicyExpander.OperationsKey].TextList() is { Count: > 0 } operations)
        {
            yaml["operations"] = YamlShapes.Strings(operations);
        }

        var shortNames = new JsonObject();
        foreach (var (key, value) in parameters)
        {
            if ((key == PolicyExpander.SectionKey && yaml.ContainsKey("section")) || (key == PolicyExpander.OperationsKey && yaml.ContainsKey("operations")))
            {
                continue;
            }

            shortNames[ShortName(key)] = value?.DeepClone();
        }

        yaml.PutIfAny("parameters", shortNames);
        return Reproduces(yaml, instance) ? yaml : null;
    }

    /// <summary><c>x-ms-apimTemplateParameter.name</c> is written <c>name</c>; other template keys as they are.</summary>
    private static string ShortName(string key) =>
        key.StartsWith(PolicyExpander.ParameterPrefix, StringComparison.Ordinal) ? key[PolicyExpander.ParameterPrefix.Length..] : key;

    private bool Reproduces(JsonObject yaml, JsonObject original) => FragmentProbe.Reproduces(
        context => PolicyReader.ReadPolicies(SourceNodeConverter.Entry("policies", new JsonArray(yaml.DeepClone())), context) is [var policy] ? policy : null,
        model => probe.Policies.Expand(model, JsonPointer.Root),
        original);
}
