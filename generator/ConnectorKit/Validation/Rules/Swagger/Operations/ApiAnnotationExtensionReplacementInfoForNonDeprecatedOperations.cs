using ConnectorKit.Diagnostics;
using ConnectorKit.Hints;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>Only a deprecated operation may point its callers to a replacement.</summary>
public sealed class ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations : IValidationRule
{
    private static readonly KeyFix SetDeprecated = KeyFix.Set("deprecated", true);

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations),
        "A replacement is named for an operation that is not deprecated.", Severity.Error);

    public bool CertificationOnly => false;

    public IReadOnlyList<KeyFix> Fixes => [SetDeprecated];

    public void Validate(ValidationContext context)
    {
        foreach (var operation in context.Definition.Swagger.Operations)
        {
            if (operation.ApiAnnotation.Child("replacement") is not null && !operation.IsDeprecated)
            {
                context.Report(SetDeprecated.At(operation.Pointer), hint =>
                    $"Operation '{OperationLookup.DisplayName(operation)}' names a replacement in 'x-ms-api-annotation' but is not deprecated; {hint}, or remove 'replacement'.");
            }
        }
    }
}
