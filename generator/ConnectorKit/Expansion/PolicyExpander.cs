using System.Text.Json.Nodes;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Expansion;

/// <summary>Builds apiProperties <c>policyTemplateInstances</c> from the model's policies.</summary>
internal sealed class PolicyExpander(OriginRecorder origins)
{
    public const string ParameterPrefix = "x-ms-apimTemplateParameter.";
    public const string OperationsKey = "x-ms-apimTemplate-operationName";
    public const string SectionKey = "x-ms-apimTemplate-policySection";

    /// <summary>Keys that already name a template setting (such as <c>x-ms-apimTemplate-policySection</c>) are not prefixed.</summary>
    private const string TemplateKeyPrefix = "x-ms-apimTemplate";

    public JsonArray ExpandAll(IReadOnlyList<PolicyModel> policies, string pointer)
    {
        var instances = new JsonArray();
        foreach (var policy in policies)
        {
            instances.Add(Expand(policy, JsonPointer.Append(pointer, instances.Count)));
        }

        return instances;
    }

    public JsonObject Expand(PolicyModel policy, string pointer)
    {
        origins.Record(pointer, policy.Position);
        var instance = new JsonObject { ["templateId"] = policy.TemplateId }
            .AddIfPresent("title", policy.Title)
            .AddIfPresent("type", policy.Type);
        instance["parameters"] = ExpandParameters(policy, JsonPointer.Append(pointer, "parameters"));
        return instance;
    }

    /// <summary>
    /// The short-named parameters, the operations and the section are the model's; a key written with its
    /// <c>x-ms-apimTemplate</c> prefix is raw and is written last, over what they generate.
    /// </summary>
    private JsonObject ExpandParameters(PolicyModel policy, string pointer)
    {
        origins.Record(pointer, policy.Parameters.Position);
        var written = policy.Parameters.Value as JsonObject ?? [];
        var parameters = new JsonObject();
        foreach (var (name, value) in written.Where(p => !IsRaw(p.Key)))
        {
            var key = ParameterPrefix + name;
            origins.RecordSubtree(JsonPointer.Append(pointer, key), policy.Parameters, JsonPointer.Append(JsonPointer.Root, name));
            parameters[key] = value?.DeepClone();
        }

        if (policy.Operations.Count > 0)
        {
            var operationsPointer = JsonPointer.Append(pointer, OperationsKey);
            origins.Record(operationsPointer, policy.Operations[0].Position);
            for (var i = 0; i < policy.Operations.Count; i++)
            {
                origins.Record(JsonPointer.Append(operationsPointer, i), policy.Operations[i].Position);
            }

            parameters[OperationsKey] = JsonObjectExtensions.Strings(policy.Operations.Select(o => o.Name));
        }

        if (policy.Section is { } section)
        {
            origins.Record(JsonPointer.Append(pointer, SectionKey), policy.Position);
            parameters[SectionKey] = section;
        }

        foreach (var (name, value) in written.Where(p => IsRaw(p.Key)))
        {
            origins.WriteRaw(parameters, name, value, policy.Parameters, JsonPointer.Append(JsonPointer.Root, name), pointer);
        }

        return parameters;
    }

    private static bool IsRaw(string key) => key.StartsWith(TemplateKeyPrefix, StringComparison.Ordinal);
}
