using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Policies;
using ConnectorKit.Runtime.Policies.Expressions;

namespace ConnectorKit.Runtime.Policies;

/// <summary>
/// Builds the runtime policies of a connector from apiProperties <c>policyTemplateInstances</c>, in order. Each problem
/// (an unknown template id, a missing required parameter, a section the template cannot run in, an expression that
/// cannot be read) is a positioned error, found at load rather than on the first call.
/// </summary>
public static class PolicyLoader
{
    private const string PolicySectionKey = "x-ms-apimTemplate-policySection";

    public static IReadOnlyList<IRuntimePolicy> Load(ApiPropertiesDocument properties, JsonPositionIndex positions, List<Diagnostic> diagnostics)
    {
        var policies = new List<IRuntimePolicy>();
        var instances = properties.PolicyTemplateInstances;
        for (var index = 0; index < instances.Count; index++)
        {
            var pointer = JsonPointer.Append("/properties/policyTemplateInstances", index);
            if (Build(instances[index], pointer, positions, diagnostics) is { } policy)
            {
                policies.Add(policy);
            }
        }

        return policies;
    }

    /// <summary>Every connection parameter an expression of the connector's policies names, so the runtime can look each up.</summary>
    public static IEnumerable<string> ConnectionParametersUsed(ApiPropertiesDocument properties) =>
        properties.PolicyTemplateInstances.OfType<JsonObject>()
            .SelectMany(p => (p.Child("parameters").ObjectOrNull() ?? []).Select(kv => kv.Value))
            .SelectMany(StringsIn)
            .SelectMany(ExpressionsIn)
            .Where(e => e.Kind == ValueSourceKind.ConnectionParameter)
            .Select(e => e.Name!)
            .Distinct(StringComparer.Ordinal);

    private static IRuntimePolicy? Build(JsonNode? node, string pointer, JsonPositionIndex positions, List<Diagnostic> diagnostics)
    {
        var id = node.Child("templateId").StringOrNull();
        var entry = id is null ? null : RuntimePolicyCatalogue.Find(id);
        if (entry is null)
        {
            diagnostics.Add(Diagnostic.Create(RuntimeCodes.PolicyTemplateNotRunnable, positions.Find(JsonPointer.Append(pointer, "templateId")),
                $"The runtime cannot run the policy template '{id}'; it runs {string.Join(", ", RuntimePolicyCatalogue.All.Select(e => e.Id))}."));
            return null;
        }

        var parameters = node.Child("parameters").ObjectOrNull() ?? [];
        var shortNames = parameters
            .Where(p => p.Key.StartsWith(PolicyTemplateCatalogue.ParameterPrefix, StringComparison.Ordinal))
            .ToDictionary(p => p.Key[PolicyTemplateCatalogue.ParameterPrefix.Length..], p => p.Value, StringComparer.Ordinal);
        var parametersPointer = JsonPointer.Append(pointer, "parameters");
        try
        {
            var definition = new PolicyDefinition(
                entry.Id,
                node.Child("title").StringOrNull() ?? entry.Id,
                Section(parameters, entry),
                new HashSet<string>((parameters.Child(PolicyTemplateCatalogue.OperationNameKey).ArrayOrNull() ?? []).Select(n => n.StringOrNull()).OfType<string>(), StringComparer.Ordinal),
                shortNames,
                pointer);
            return entry.Create(definition);
        }
        catch (PolicyDefinitionException exception)
        {
            var at = exception.Parameter is null ? pointer
                : exception.Parameter == PolicySectionKey ? JsonPointer.Append(parametersPointer, PolicySectionKey)
                : JsonPointer.Append(parametersPointer, PolicyTemplateCatalogue.ParameterPrefix + exception.Parameter);
            diagnostics.Add(Diagnostic.Create(RuntimeCodes.PolicyParameterInvalid, positions.Find(at), exception.Message));
            return null;
        }
    }

    private static PolicySection Section(JsonObject parameters, RuntimePolicyCatalogue.Entry entry)
    {
        if (parameters.Child(PolicySectionKey).StringOrNull() is not { } text)
        {
            return entry.Sections[0];
        }

        return Enum.TryParse<PolicySection>(text, ignoreCase: true, out var section) && entry.Sections.Contains(section)
            ? section
            : throw new PolicyDefinitionException(PolicySectionKey,
                $"The {entry.Id} policy runs on {string.Join(" or ", entry.Sections.Select(s => s.ToString()))}, not '{text}'.");
    }

    private static IEnumerable<string> StringsIn(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        JsonObject obj => obj.SelectMany(p => StringsIn(p.Value)),
        JsonArray array => array.SelectMany(StringsIn),
        _ => [],
    };

    private static IEnumerable<ExpressionPart> ExpressionsIn(string text)
    {
        try
        {
            return ValueTemplate.Parse(text).Expressions;
        }
        catch (ExpressionException)
        {
            return [];
        }
    }
}
