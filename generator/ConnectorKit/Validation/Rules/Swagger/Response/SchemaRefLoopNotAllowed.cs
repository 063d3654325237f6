using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Response;

/// <summary>
/// A definition under <c>#/definitions</c> must be a schema of its own, not a bare <c>$ref</c> to another definition:
/// such aliases are what lets definitions point at each other in a loop that never reaches a schema.
/// </summary>
public sealed class SchemaRefLoopNotAllowed : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(SchemaRefLoopNotAllowed), "A definition is itself a reference.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var definition in DocumentSchemas.Roots(context.Definition.Swagger))
        {
            if (definition.Flow == SchemaFlow.Either && definition.IsReference)
            {
                context.ReportSwagger(definition.Member("$ref"), "A definition cannot just refer to another definition; write the schema here or refer to the other definition directly where it is used.");
            }
        }
    }
}
