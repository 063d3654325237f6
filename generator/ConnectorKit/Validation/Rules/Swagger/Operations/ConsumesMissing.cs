using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// Form data is sent as <c>multipart/form-data</c> or <c>application/x-www-form-urlencoded</c>, so an operation with
/// form data parameters must say which in <c>consumes</c> (its own or the document's). A JSON body falls back to
/// <c>application/json</c>, so this rule does not ask body operations for <c>consumes</c>; certified connectors omit it.
/// </summary>
public sealed class ConsumesMissing : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ConsumesMissing), "An operation with form data does not list a MIME type in 'consumes'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var swagger = context.Definition.Swagger;
        foreach (var operation in swagger.Operations)
        {
            if (FormContent.FormDataParameters(swagger.Node, operation).Count > 0 && FormContent.MediaTypes(swagger, operation).Count == 0)
            {
                context.Report(DefinitionFileKind.ApiDefinition, operation.Pointer,
                    $"Operation '{OperationLookup.DisplayName(operation)}' sends form data but lists no MIME type in 'consumes'; add '{FormContent.Multipart}' or '{FormContent.UrlEncoded}'.");
            }
        }
    }
}
