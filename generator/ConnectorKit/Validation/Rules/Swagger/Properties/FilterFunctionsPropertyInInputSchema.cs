using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary><c>filterFunctions</c> tells how returned data can be filtered, so it belongs in response schemas, not request bodies.</summary>
public sealed class FilterFunctionsPropertyInInputSchema : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(FilterFunctionsPropertyInInputSchema), "'filterFunctions' is set in a request schema.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var list in FilterFunctionLists.All(context.Definition.Swagger))
        {
            if (list.Schema.Flow == SchemaFlow.Input)
            {
                context.ReportSwagger(list.Pointer, "'filterFunctions' describes returned data and only applies in a response schema; remove it from the request body.");
            }
        }
    }
}
