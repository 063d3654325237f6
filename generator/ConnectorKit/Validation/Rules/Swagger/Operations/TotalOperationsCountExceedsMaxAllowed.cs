using System.Globalization;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>A connector holds a limited number of operations.</summary>
public sealed class TotalOperationsCountExceedsMaxAllowed : IValidationRule
{
    /// <summary>Documented: a connector may have at most 256 operations (Microsoft's custom connector limits, and the certification requirements).</summary>
    public const int MaxOperations = 256;

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(TotalOperationsCountExceedsMaxAllowed), "The connector has too many operations.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        var count = context.Definition.Swagger.Operations.Count();
        if (count > MaxOperations)
        {
            context.Report(DefinitionFileKind.ApiDefinition, "/paths",
                string.Create(CultureInfo.InvariantCulture, $"The connector defines {count} operations; at most {MaxOperations} are allowed. Split it into several connectors or remove operations."));
        }
    }
}
