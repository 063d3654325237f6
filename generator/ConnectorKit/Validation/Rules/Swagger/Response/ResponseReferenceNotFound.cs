using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Response;

/// <summary>A response <c>$ref</c> names an entry of <c>#/responses</c> that does not exist.</summary>
public sealed class ResponseReferenceNotFound : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ResponseReferenceNotFound), "A response reference names no entry of '#/responses'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context) =>
        ReferenceFindings.Report(context, "responses", ReferenceProblem.NotFound,
            site => $"The reference '{site.Reference}' points at a response that '#/responses' does not define.");
}
