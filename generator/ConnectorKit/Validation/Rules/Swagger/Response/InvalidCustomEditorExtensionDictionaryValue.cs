using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Response;

/// <summary>The dictionary editor (<c>x-ms-editor: dictionary</c>) edits free keys, so it needs an object that allows additional properties.</summary>
public sealed class InvalidCustomEditorExtensionDictionaryValue : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(InvalidCustomEditorExtensionDictionaryValue), "The dictionary editor is set on a schema that is not an open object.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var schema in DocumentSchemas.All(context.Definition.Swagger))
        {
            if (schema.Node.Child("x-ms-editor").StringOrNull() == "dictionary" && (schema.Type != "object" || schema.Node.Child("additionalProperties").BooleanOrNull() == false))
            {
                context.ReportSwagger(schema.Member("x-ms-editor"), "The 'dictionary' editor needs a schema of type 'object' that allows additional properties.");
            }
        }
    }
}
