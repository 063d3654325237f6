using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>A GET request carries no content, so a GET operation cannot take body or form data parameters.</summary>
public sealed class BodyOrFormDataParameterInFetchOperationNotAllowed : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(BodyOrFormDataParameterInFetchOperationNotAllowed),
        "A GET operation takes a body or form data parameter.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var root = context.Definition.ApiDefinition;
        foreach (var operation in context.Definition.Swagger.Operations.Where(o => o.Method == "get"))
        {
            foreach (var parameter in OperationParameters.Effective(root, operation).Where(p => p.IsIn("body") || p.IsIn("formData")))
            {
                context.Report(DefinitionFileKind.ApiDefinition, parameter.Pointer,
                    $"GET operation '{OperationLookup.DisplayName(operation)}' cannot send parameter '{parameter.Name}' in '{parameter.In}': GET requests have no content. Use another method or move the value to the query.");
            }
        }
    }
}
