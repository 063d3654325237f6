using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// Within a family, one operation in Production status is the current one; earlier Production revisions that are not
/// deprecated confuse users. Each such earlier revision is reported.
/// </summary>
public sealed class OperationFamilyHasManyActiveProductionOperations : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationFamilyHasManyActiveProductionOperations),
        "An operation family has several active operations in Production status.", Severity.Warning);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var (family, members) in OperationFamilies.Of(context.Definition.Swagger))
        {
            var production = members.Where(m => m.IsActive && m.IsProduction).OrderBy(m => m.Revision ?? 0).ToList();
            var current = production.LastOrDefault();
            foreach (var earlier in production.SkipLast(1))
            {
                context.Report(DefinitionFileKind.ApiDefinition, earlier.AnnotationPointer,
                    $"Operation '{OperationLookup.DisplayName(earlier.Operation)}' of family '{family}' is in Production and not deprecated, as is the later '{OperationLookup.DisplayName(current!.Operation)}'; deprecate the earlier revision.");
            }
        }
    }
}
