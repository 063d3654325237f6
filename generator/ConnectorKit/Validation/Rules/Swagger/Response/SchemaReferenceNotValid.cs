using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Response;

/// <summary>A schema <c>$ref</c> must have the form <c>#/definitions/Name</c> (a malformed pointer is JsonPointerNotValid's).</summary>
public sealed class SchemaReferenceNotValid : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(SchemaReferenceNotValid), "A schema reference does not have the form '#/definitions/Name'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context) =>
        ReferenceFindings.Report(context, "definitions", ReferenceProblem.WrongForm,
            site => $"The reference '{site.Reference}' must point at one entry of this document's definitions, as in '#/definitions/Name'.");
}
