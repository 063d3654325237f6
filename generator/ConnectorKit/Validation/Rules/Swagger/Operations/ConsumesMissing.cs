using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Hints;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// Form data is sent as <c>multipart/form-data</c> or <c>application/x-www-form-urlencoded</c>, so an operation with
/// form data parameters must say which in <c>consumes</c> (its own or the document's). A JSON body falls back to
/// <c>application/json</c>, so this rule does not ask body operations for <c>consumes</c>; certified connectors omit it.
/// </summary>
public sealed class ConsumesMissing : IValidationRule
{
    private static readonly KeyFix AddConsumes = KeyFix.Add("consumes", new JsonArray(FormContent.Multipart), new JsonArray(FormContent.UrlEncoded));

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ConsumesMissing), "An operation with form data does not list a MIME type in 'consumes'.", Severity.Error);

    public bool CertificationOnly => false;

    public IReadOnlyList<KeyFix> Fixes => [AddConsumes];

    public void Validate(ValidationContext context)
    {
        var swagger = context.Definition.Swagger;
        foreach (var operation in swagger.Operations)
        {
            if (FormContent.FormDataParameters(swagger.Node, operation).Count > 0 && FormContent.MediaTypes(swagger, operation).Count == 0)
            {
                context.Report(AddConsumes.At(operation.Pointer), hint =>
                    $"Operation '{OperationLookup.DisplayName(operation)}' sends form data but says in no 'consumes' how; {hint}.");
            }
        }
    }
}
