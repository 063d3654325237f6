using ConnectorKit.Diagnostics;
using ConnectorKit.Hints;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>An operation placed in a family should say which revision of the family it is.</summary>
public sealed class OperationRevisionEmpty : IValidationRule
{
    private static readonly KeyFix AddRevision = KeyFix.Add("x-ms-api-annotation/revision");

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationRevisionEmpty), "An operation in a family has no revision.", Severity.Warning);

    public bool CertificationOnly => false;

    public IReadOnlyList<KeyFix> Fixes => [AddRevision];

    public void Validate(ValidationContext context)
    {
        foreach (var (family, member) in OperationFamilies.Members(context.Definition.Swagger))
        {
            if (family is not null && member.Revision is null)
            {
                context.Report(AddRevision.At(member.Operation.Pointer), hint =>
                    $"Operation '{OperationLookup.DisplayName(member.Operation)}' belongs to family '{family}' but gives no whole-number revision; {hint}.");
            }
        }
    }
}
