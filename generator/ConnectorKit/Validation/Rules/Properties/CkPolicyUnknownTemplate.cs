using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Policies;

namespace ConnectorKit.Validation.Rules.Properties;

/// <summary>A policy template instance names a template id the toolkit knows (a typo would make the platform refuse the connector).</summary>
public sealed class CkPolicyUnknownTemplate : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkPolicyUnknownTemplate), "A policy template instance names no template, or a template id the toolkit does not know.", Severity.Warning);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var policy in PolicyInstances.All(context).Where(p => p.Template is null))
        {
            var message = policy.TemplateId is { } id
                ? $"The policy template id '{id}' is not one the toolkit knows.{Suggestions.DidYouMean(id, PolicyTemplateCatalogue.All.Select(t => t.Id))}"
                : "The policy template instance has no templateId.";
            context.Report(DefinitionFileKind.ApiProperties, policy.TemplateId is null ? policy.Pointer : JsonPointer.Append(policy.Pointer, "templateId"), message);
        }
    }
}
