using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>An operation placed in a family should say which revision of the family it is.</summary>
public sealed class OperationRevisionEmpty : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationRevisionEmpty), "An operation in a family has no revision.", Severity.Warning);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var (family, member) in OperationFamilies.Members(context.Definition.Swagger))
        {
            if (family is not null && member.Revision is null)
            {
                context.Report(DefinitionFileKind.ApiDefinition, member.AnnotationPointer,
                    $"Operation '{OperationLookup.DisplayName(member.Operation)}' belongs to family '{family}' but its 'x-ms-api-annotation' gives no whole-number 'revision'.");
            }
        }
    }
}
