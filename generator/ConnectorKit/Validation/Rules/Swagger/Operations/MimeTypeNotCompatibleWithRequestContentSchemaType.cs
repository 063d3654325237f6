using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// Form data parameters can only be sent with a form MIME type. When <c>consumes</c> lists MIME types but none of them
/// is a form type, the request cannot be built. (Missing <c>consumes</c> is <see cref="ConsumesMissing"/>.)
/// </summary>
public sealed class MimeTypeNotCompatibleWithRequestContentSchemaType : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(MimeTypeNotCompatibleWithRequestContentSchemaType),
        "No MIME type in 'consumes' can carry the operation's request content.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var swagger = context.Definition.Swagger;
        foreach (var operation in swagger.Operations)
        {
            var mediaTypes = FormContent.MediaTypes(swagger, operation);
            if (mediaTypes.Count > 0 && !mediaTypes.Any(m => m is FormContent.Multipart or FormContent.UrlEncoded)
                && FormContent.FormDataParameters(swagger.Node, operation).Count > 0)
            {
                var pointer = operation.Node.ContainsKey("consumes") ? JsonPointer.Append(operation.Pointer, "consumes") : "/consumes";
                context.Report(DefinitionFileKind.ApiDefinition, pointer,
                    $"Operation '{OperationLookup.DisplayName(operation)}' sends form data, but its 'consumes' ({string.Join(", ", mediaTypes)}) has no form MIME type; use '{FormContent.Multipart}' or '{FormContent.UrlEncoded}'.");
            }
        }
    }
}
