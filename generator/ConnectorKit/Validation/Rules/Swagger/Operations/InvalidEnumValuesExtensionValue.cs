using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary><c>x-ms-enum-values</c> names the values of the <c>enum</c> beside it, so each of its values is one of them.</summary>
public sealed class InvalidEnumValuesExtensionValue : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(InvalidEnumValuesExtensionValue), "An 'x-ms-enum-values' value is not in the 'enum'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var site in TypedSites.All(context.Definition.Swagger))
        {
            if (site.Node.Child("x-ms-enum-values") is not JsonArray entries || site.Node.Child("enum") is not JsonArray allowed)
            {
                continue;
            }

            var entriesPointer = JsonPointer.Append(site.Pointer, "x-ms-enum-values");
            for (var index = 0; index < entries.Count; index++)
            {
                if (entries[index] is JsonObject entry && entry.TryGetPropertyValue("value", out var value) && !allowed.Any(a => JsonValues.DeepEquals(a, value)))
                {
                    context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Append(JsonPointer.Append(entriesPointer, index), "value"),
                        $"'x-ms-enum-values' names the value {value?.ToJsonString() ?? "null"}, which the 'enum' beside it does not allow; add it to 'enum' or correct it.");
                }
            }
        }
    }
}
