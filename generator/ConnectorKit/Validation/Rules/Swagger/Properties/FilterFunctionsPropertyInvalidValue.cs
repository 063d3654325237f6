using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>A <c>filterFunctions</c> entry is an OData filter operator or function (see <see cref="FilterFunctionLists.Supported"/>).</summary>
public sealed class FilterFunctionsPropertyInvalidValue : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(FilterFunctionsPropertyInvalidValue), "A 'filterFunctions' entry is not a known filter function.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var list in FilterFunctionLists.All(context.Definition.Swagger))
        {
            var entries = list.List as JsonArray ?? [];
            for (var index = 0; index < entries.Count; index++)
            {
                if (entries[index].StringOrNull() is not { } function || !FilterFunctionLists.Supported.Contains(function, StringComparer.Ordinal))
                {
                    context.ReportSwagger(JsonPointer.Append(list.Pointer, index), $"'{entries[index]?.ToJsonString()}' is not an OData filter function; use names such as eq, ne, gt, startswith or contains.");
                }
            }
        }
    }
}
