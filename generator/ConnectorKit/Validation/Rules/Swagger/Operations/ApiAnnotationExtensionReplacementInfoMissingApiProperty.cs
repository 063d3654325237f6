using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>A replacement must say which connector (<c>api</c>) holds the replacing operation.</summary>
public sealed class ApiAnnotationExtensionReplacementInfoMissingApiProperty : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(ApiAnnotationExtensionReplacementInfoMissingApiProperty),
        "An operation's replacement does not name its connector ('api').", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var (operation, pointer) in ReplacementInfo.Lacking(context.Definition.Swagger, "api"))
        {
            context.Report(DefinitionFileKind.ApiDefinition, pointer,
                $"The replacement of operation '{OperationLookup.DisplayName(operation)}' has no 'api': name the connector that holds the replacing operation.");
        }
    }
}
