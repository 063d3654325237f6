using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Model;
using ConnectorKit.Policies;

namespace ConnectorKit.Checking;

/// <summary>
/// A policy's parameters fit its template (see <see cref="PolicyTemplateCatalogue"/>): CK2011 the template id is
/// unknown (a warning: the platform may have templates the toolkit does not list), CK2012 a parameter the template
/// does not have, CK2013 a required parameter left out, CK2020 a value outside the allowed ones.
/// </summary>
public sealed class PolicyTemplateParameterCheck : IModelCheck
{
    private const string TemplateSettingPrefix = "x-ms-apimTemplate";

    public string Id => "policy-templates";

    public void Check(ConnectorModel model, DiagnosticBag diagnostics)
    {
        foreach (var policy in model.Policies)
        {
            if (PolicyTemplateCatalogue.Find(policy.TemplateId) is not { } template)
            {
                var knownIds = PolicyTemplateCatalogue.All.Select(t => t.Id);
                diagnostics.Add(
                    DiagnosticCodes.PolicyUnknownTemplate,
                    policy.Position,
                    $"Policy template '{policy.TemplateId}' is not one the toolkit knows; its parameters are not checked.{Suggestions.DidYouMean(policy.TemplateId, knownIds)}");
            }
            else if (template.ParametersKnown)
            {
                CheckParameters(policy, template, diagnostics);
            }
        }
    }

    private static void CheckParameters(PolicyModel policy, PolicyTemplate template, DiagnosticBag diagnostics)
    {
        var values = policy.Parameters.Value as JsonObject ?? [];
        // Keys that name a template setting (x-ms-apimTemplate-policySection, ...) are not template parameters.
        foreach (var (name, value) in values.Where(p => !p.Key.StartsWith(TemplateSettingPrefix, StringComparison.Ordinal)))
        {
            var position = policy.Parameters.PositionOf(JsonPointer.Append(JsonPointer.Root, name));
            if (template.FindParameter(name) is not { } parameter)
            {
                var hint = Suggestions.DidYouMean(name, template.Parameters.Select(p => p.Name));
                diagnostics.Add(
                    DiagnosticCodes.PolicyUnknownParameter,
                    position,
                    $"Policy template '{template.Id}' has no parameter '{name}'.{hint}");
            }
            else if (parameter.AllowedValues.Count > 0 && value.StringOrNull() is { } text && !parameter.AllowedValues.Contains(text, StringComparer.Ordinal))
            {
                diagnostics.Add(
                    DiagnosticCodes.PolicyParameterValueNotAllowed,
                    position,
                    $"Parameter '{name}' of policy template '{template.Id}' is '{text}'; allowed: {string.Join(", ", parameter.AllowedValues)}.");
            }
        }

        foreach (var missing in template.Parameters.Where(p => p.Required && !values.ContainsKey(p.Name)))
        {
            diagnostics.Add(
                DiagnosticCodes.PolicyMissingParameter,
                policy.Parameters.Position.IsKnown ? policy.Parameters.Position : policy.Position,
                $"Policy template '{template.Id}' requires parameter '{missing.Name}'.");
        }
    }
}
