using System.Globalization;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>A family keeps at most two operations that are not deprecated: the current one and the one before it.</summary>
public sealed class OperationFamilyHasManyActiveOperations : IValidationRule
{
    private const int MaxActive = 2;

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(OperationFamilyHasManyActiveOperations),
        "An operation family has more than two operations that are not deprecated.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var (family, members) in OperationFamilies.Of(context.Definition.Swagger))
        {
            var active = members.Where(m => m.IsActive).ToList();
            if (active.Count > MaxActive)
            {
                context.Report(DefinitionFileKind.ApiDefinition, active[MaxActive].AnnotationPointer,
                    string.Create(CultureInfo.InvariantCulture, $"Family '{family}' has {active.Count} operations that are not deprecated ({string.Join(", ", active.Select(m => OperationLookup.DisplayName(m.Operation)))}); at most {MaxActive} may be, so deprecate the older ones."));
            }
        }
    }
}
