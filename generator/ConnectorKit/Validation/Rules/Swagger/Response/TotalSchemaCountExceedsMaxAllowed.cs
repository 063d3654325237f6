using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Response;

/// <summary>
/// The whole document writes at most <see cref="SchemaLimits.TotalSchemas"/> schemas (each written schema counts once;
/// a limit chosen from the corpus, not documented).
/// </summary>
public sealed class TotalSchemaCountExceedsMaxAllowed : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(TotalSchemaCountExceedsMaxAllowed), "The document holds too many schemas.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var count = DocumentSchemas.All(context.Definition.Swagger).Count();
        if (count > SchemaLimits.TotalSchemas)
        {
            context.ReportSwagger(JsonPointer.Root, $"The document writes {count} schemas; at most {SchemaLimits.TotalSchemas} are allowed. Share definitions or split the connector.");
        }
    }
}
