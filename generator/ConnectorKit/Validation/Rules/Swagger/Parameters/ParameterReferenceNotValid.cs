using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Parameters;

/// <summary>A parameter <c>$ref</c> must have the form <c>#/parameters/Name</c> (a malformed pointer is JsonPointerNotValid's).</summary>
public sealed class ParameterReferenceNotValid : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ParameterReferenceNotValid), "A parameter reference does not have the form '#/parameters/Name'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context) =>
        ReferenceFindings.Report(context, "parameters", ReferenceProblem.WrongForm,
            site => $"The reference '{site.Reference}' must point at one entry of this document's parameters, as in '#/parameters/Name'.");
}
