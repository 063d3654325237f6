using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>A <c>filterFunctions</c> list, when present, names at least one function.</summary>
public sealed class FilterFunctionsPropertyEmpty : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(FilterFunctionsPropertyEmpty), "A 'filterFunctions' list is empty.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var list in FilterFunctionLists.All(context.Definition.Swagger))
        {
            if (list.List is JsonArray { Count: 0 })
            {
                context.ReportSwagger(list.Pointer, "The 'filterFunctions' list is empty; name the supported filter functions or remove it.");
            }
        }
    }
}
