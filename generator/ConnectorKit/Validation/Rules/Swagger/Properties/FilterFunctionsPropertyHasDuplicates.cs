using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>Each function appears once in a <c>filterFunctions</c> list.</summary>
public sealed class FilterFunctionsPropertyHasDuplicates : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(FilterFunctionsPropertyHasDuplicates), "A 'filterFunctions' list repeats a function.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var list in FilterFunctionLists.All(context.Definition.Swagger))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var entries = list.List as JsonArray ?? [];
            for (var index = 0; index < entries.Count; index++)
            {
                if (entries[index].StringOrNull() is { } function && !seen.Add(function))
                {
                    context.ReportSwagger(JsonPointer.Append(list.Pointer, index), $"'{function}' is already in this 'filterFunctions' list; remove the repeat.");
                }
            }
        }
    }
}
