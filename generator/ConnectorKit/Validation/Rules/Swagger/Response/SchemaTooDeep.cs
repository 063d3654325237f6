using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Response;

/// <summary>
/// A payload's data may nest only so deep, counting through references (a recursive definition is counted once per
/// branch). The limit is chosen from the corpus: see <see cref="SchemaLimits.MaxDepth"/>.
/// </summary>
public sealed class SchemaTooDeep : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(SchemaTooDeep), "A payload schema nests too deep.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var swagger = context.Definition.Swagger;
        var measure = new SchemaMeasure(swagger.Node);
        foreach (var body in BodySchemas.All(swagger))
        {
            if (measure.Measure(body).Depth is var depth && depth > SchemaLimits.MaxDepth)
            {
                context.ReportSwagger(body.Pointer, $"This schema nests {depth} levels deep with its references expanded; the limit is {SchemaLimits.MaxDepth}. Flatten it.");
            }
        }
    }
}
