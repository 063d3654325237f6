using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// URL-encoded forms carry text only; a file (<c>type: file</c> or <c>string</c>/<c>binary</c>) needs
/// <c>multipart/form-data</c>. The rule fires when the operation can only be sent URL-encoded.
/// </summary>
public sealed class StringBinaryNotSupportedForFormUrlEncoded : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(StringBinaryNotSupportedForFormUrlEncoded),
        "A file parameter is sent as 'application/x-www-form-urlencoded'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var swagger = context.Definition.Swagger;
        foreach (var operation in swagger.Operations)
        {
            var mediaTypes = FormContent.MediaTypes(swagger, operation);
            if (!mediaTypes.Contains(FormContent.UrlEncoded) || mediaTypes.Contains(FormContent.Multipart))
            {
                continue;
            }

            foreach (var parameter in FormContent.FormDataParameters(swagger.Node, operation).Where(FormContent.IsBinary))
            {
                context.Report(DefinitionFileKind.ApiDefinition, parameter.Pointer,
                    $"Operation '{OperationLookup.DisplayName(operation)}' is sent URL-encoded, which cannot carry the file in '{parameter.Name}'; consume '{FormContent.Multipart}' instead.");
            }
        }
    }
}
