using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>The parameters a path item shares with its operations are unique by name and location.</summary>
public sealed class PathParametersContainDuplicateParameter : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(PathParametersContainDuplicateParameter),
        "A path item has two parameters with the same name and location.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var (path, parameters) in ParameterLists.OfPathItems(context.Definition.Swagger))
        {
            foreach (var (repeat, _) in ParameterLists.SameNameAndLocation(parameters))
            {
                context.Report(DefinitionFileKind.ApiDefinition, repeat.Pointer,
                    $"The path '{path}' already has a parameter named '{repeat.Name}' in '{repeat.In}'; rename or remove one.");
            }
        }
    }
}
