using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Response;

/// <summary>A schema <c>$ref</c> names an entry of <c>#/definitions</c> that does not exist.</summary>
public sealed class SchemaReferenceNotFound : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(SchemaReferenceNotFound), "A schema reference names no entry of '#/definitions'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context) =>
        ReferenceFindings.Report(context, "definitions", ReferenceProblem.NotFound,
            site => $"The reference '{site.Reference}' points at a schema that '#/definitions' does not define.");
}
