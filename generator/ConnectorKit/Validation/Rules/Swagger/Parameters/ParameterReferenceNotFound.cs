using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Parameters;

/// <summary>A parameter <c>$ref</c> names an entry of <c>#/parameters</c> that does not exist.</summary>
public sealed class ParameterReferenceNotFound : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ParameterReferenceNotFound), "A parameter reference names no entry of '#/parameters'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context) =>
        ReferenceFindings.Report(context, "parameters", ReferenceProblem.NotFound,
            site => $"The reference '{site.Reference}' points at a parameter that '#/parameters' does not define.");
}
