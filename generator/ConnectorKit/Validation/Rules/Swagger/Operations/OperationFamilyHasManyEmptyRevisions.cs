using ConnectorKit.Diagnostics;
using ConnectorKit.Hints;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>At most one operation of a family goes without a revision; revisions order the others.</summary>
public sealed class OperationFamilyHasManyEmptyRevisions : IValidationRule
{
    private static readonly KeyFix AddRevision = KeyFix.Add("x-ms-api-annotation/revision");

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationFamilyHasManyEmptyRevisions),
        "Several operations of a family have no revision.", Severity.Error);

    public bool CertificationOnly => false;

    public IReadOnlyList<KeyFix> Fixes => [AddRevision];

    public void Validate(ValidationContext context)
    {
        foreach (var (family, members) in OperationFamilies.Of(context.Definition.Swagger))
        {
            var unrevised = members.Where(m => m.Revision is null).ToList();
            foreach (var member in unrevised.Skip(1))
            {
                context.Report(AddRevision.At(member.Operation.Pointer), hint =>
                    $"Operation '{OperationLookup.DisplayName(member.Operation)}' is the second operation of family '{family}' without a revision (after '{OperationLookup.DisplayName(unrevised[0].Operation)}'); {hint}.");
            }
        }
    }
}
