using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Policies;

namespace ConnectorKit.Validation.Rules.Properties;

/// <summary>A policy template instance sets every parameter its template requires (by the toolkit's policy template catalogue).</summary>
public sealed class CkPolicyMissingParameter : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkPolicyMissingParameter), "A policy template instance leaves out a parameter its template requires.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var policy in PolicyInstances.All(context))
        {
            if (policy.Template is not { ParametersKnown: true } template)
            {
                continue;
            }

            var parameters = policy.Node.Child("parameters").ObjectOrNull();
            foreach (var required in template.Parameters.Where(p => p.Required))
            {
                if (parameters?[PolicyTemplateCatalogue.ParameterPrefix + required.Name] is null)
                {
                    context.Report(DefinitionFileKind.ApiProperties, parameters is null ? policy.Pointer : JsonPointer.Append(policy.Pointer, "parameters"),
                        $"The '{template.Id}' policy{policy.TitleSuffix} must set '{PolicyTemplateCatalogue.ParameterPrefix}{required.Name}'.");
                }
            }
        }
    }
}
