using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>Only a deprecated operation may point its callers to a replacement.</summary>
public sealed class ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations),
        "A replacement is named for an operation that is not deprecated.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var operation in context.Definition.Swagger.Operations)
        {
            if (operation.ApiAnnotation.Child("replacement") is not null && !operation.IsDeprecated)
            {
                context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Append(JsonPointer.Append(operation.Pointer, "x-ms-api-annotation"), "replacement"),
                    $"Operation '{OperationLookup.DisplayName(operation)}' names a replacement in 'x-ms-api-annotation' but is not deprecated; set 'deprecated: true' or remove 'replacement'.");
            }
        }
    }
}
