using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Response;

/// <summary>
/// In a schema, <c>file</c> only means "the whole response is a file": it is valid as the root schema of a response
/// and nowhere else (form fields take <c>file</c> as a parameter type, which is not a schema).
/// </summary>
public sealed class SchemaTypeFileNotValid : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(SchemaTypeFileNotValid), "A schema of type 'file' is not the root of a response.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var schema in DocumentSchemas.All(context.Definition.Swagger))
        {
            if (schema.Type == "file" && !(schema.IsRoot && schema.Flow == SchemaFlow.Output && schema.Pointer.Contains("/responses/", StringComparison.Ordinal)))
            {
                context.ReportSwagger(schema.Member("type"), "Type 'file' is only valid for a whole response; use a 'formData' parameter of type 'file' for uploads, or a string with format 'binary' or 'byte'.");
            }
        }
    }
}
