using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>Each value of <c>x-ms-enum-values</c> has one display name, so a value appears in it once.</summary>
public sealed class DuplicateEnumValuesInExtension : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(DuplicateEnumValuesInExtension), "'x-ms-enum-values' maps the same value twice.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var site in TypedSites.All(context.Definition.Swagger))
        {
            if (site.Node.Child("x-ms-enum-values") is not JsonArray entries)
            {
                continue;
            }

            var entriesPointer = JsonPointer.Append(site.Pointer, "x-ms-enum-values");
            for (var index = 1; index < entries.Count; index++)
            {
                var value = entries[index].Child("value");
                if (value is not null && entries.Take(index).Any(earlier => JsonValues.DeepEquals(earlier.Child("value"), value)))
                {
                    context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Append(JsonPointer.Append(entriesPointer, index), "value"),
                        $"'x-ms-enum-values' already gives a display name to {value.ToJsonString()}; keep one entry per value.");
                }
            }
        }
    }
}
