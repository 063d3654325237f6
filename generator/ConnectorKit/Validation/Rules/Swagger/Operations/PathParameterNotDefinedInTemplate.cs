using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>A 'path' parameter fills a variable of the path; one whose name is not in the path goes nowhere.</summary>
public sealed class PathParameterNotDefinedInTemplate : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(PathParameterNotDefinedInTemplate), "A path parameter does not appear in the path template.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var root = context.Definition.ApiDefinition;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in context.Definition.Swagger.Operations)
        {
            var variables = PathTemplate.Variables(operation.Path);
            foreach (var parameter in OperationParameters.Effective(root, operation).Where(p => p.IsIn("path")))
            {
                if (!variables.Contains(parameter.Name ?? string.Empty, StringComparer.Ordinal) && reported.Add(parameter.Pointer))
                {
                    context.Report(DefinitionFileKind.ApiDefinition, parameter.Pointer,
                        $"The 'path' parameter '{parameter.Name}' does not appear in the path '{operation.Path}'; add '{{{parameter.Name}}}' to the path or move the parameter to the query.");
                }
            }
        }
    }
}
