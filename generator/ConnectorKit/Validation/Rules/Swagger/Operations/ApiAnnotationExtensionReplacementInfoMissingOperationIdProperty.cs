using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>A replacement must say which operation replaces this one.</summary>
public sealed class ApiAnnotationExtensionReplacementInfoMissingOperationIdProperty : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ApiAnnotationExtensionReplacementInfoMissingOperationIdProperty),
        "An operation's replacement does not name the replacing operation ('operationId').", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var (operation, pointer) in ReplacementInfo.Lacking(context.Definition.Swagger, "operationId"))
        {
            context.Report(DefinitionFileKind.ApiDefinition, pointer,
                $"The replacement of operation '{OperationLookup.DisplayName(operation)}' has no 'operationId': name the operation callers should move to.");
        }
    }
}
