using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Response;

/// <summary>A response <c>$ref</c> must have the form <c>#/responses/Name</c> (a malformed pointer is JsonPointerNotValid's).</summary>
public sealed class ResponseReferenceNotValid : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ResponseReferenceNotValid), "A response reference does not have the form '#/responses/Name'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context) =>
        ReferenceFindings.Report(context, "responses", ReferenceProblem.WrongForm,
            site => $"The reference '{site.Reference}' must point at one entry of this document's responses, as in '#/responses/Name'.");
}
