using System.Text.Json.Nodes;
using ConnectorKit.Json;
using ConnectorKit.Policies;

namespace ConnectorKit.Validation.Rules.Properties;

/// <summary>One entry of apiProperties <c>policyTemplateInstances</c> with its pointer and the template its id names (null when unknown).</summary>
internal readonly record struct PolicyInstance(JsonObject Node, string Pointer, string? TemplateId, PolicyTemplate? Template)
{
    public string TitleSuffix => Node.Child("title").StringOrNull() is { } title ? $" '{title}'" : string.Empty;
}

internal static class PolicyInstances
{
    public static IEnumerable<PolicyInstance> All(ValidationContext context)
    {
        var instances = context.Definition.Properties.PolicyTemplateInstances;
        for (var i = 0; i < instances.Count; i++)
        {
            if (instances[i] is JsonObject node)
            {
                var id = node.Child("templateId").StringOrNull();
                yield return new PolicyInstance(node, JsonPointer.Append("/properties/policyTemplateInstances", i), id, id is null ? null : PolicyTemplateCatalogue.Find(id));
            }
        }
    }
}
