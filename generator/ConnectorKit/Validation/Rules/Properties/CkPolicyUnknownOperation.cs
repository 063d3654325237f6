using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Policies;

namespace ConnectorKit.Validation.Rules.Properties;

/// <summary>A policy template instance limited to some operations names only operations the swagger defines.</summary>
public sealed class CkPolicyUnknownOperation : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkPolicyUnknownOperation), "A policy template instance names an operation the swagger does not define.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var operationIds = context.Definition.Swagger.Operations.Select(o => o.OperationId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var policy in PolicyInstances.All(context))
        {
            var pointer = JsonPointer.Append(JsonPointer.Append(policy.Pointer, "parameters"), PolicyTemplateCatalogue.OperationNameKey);
            var names = policy.Node.Child("parameters").Child(PolicyTemplateCatalogue.OperationNameKey);
            IEnumerable<(JsonNode? Name, string Pointer)> entries = names is JsonArray array
                ? array.Select((n, i) => (n, JsonPointer.Append(pointer, i)))
                : names is null ? [] : [(names, pointer)];
            foreach (var (name, entryPointer) in entries)
            {
                if (name.StringOrNull() is { } id && !operationIds.Contains(id))
                {
                    context.Report(DefinitionFileKind.ApiProperties, entryPointer,
                        $"The '{policy.TemplateId}' policy{policy.TitleSuffix} names the operation '{id}', which the swagger does not define.{Suggestions.DidYouMean(id, operationIds)}");
                }
            }
        }
    }
}
