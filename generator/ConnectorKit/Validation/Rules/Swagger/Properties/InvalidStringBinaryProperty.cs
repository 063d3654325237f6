using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Properties;

/// <summary>
/// Binary content travels as a whole request body (or form field): a <c>string</c>/<c>binary</c> schema nested inside
/// an input body cannot be sent. Only schemas written under a body parameter are checked; a definition's use is not
/// known where it is written.
/// </summary>
public sealed class InvalidStringBinaryProperty : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(InvalidStringBinaryProperty), "A string/binary schema is nested inside a request body.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var schema in DocumentSchemas.All(context.Definition.Swagger))
        {
            if (schema is { Flow: SchemaFlow.Input, IsNested: true, Type: "string", Format: "binary" })
            {
                context.ReportSwagger(schema.Member("format"), "A 'string'/'binary' schema can only be the whole body (or a form field), not a part of it; send the content as a base64 'byte' string or make it the body.");
            }
        }
    }
}
