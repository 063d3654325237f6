using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>The parameters a path item shares with its operations include at most one 'body' parameter.</summary>
public sealed class PathParametersContainMultipleBodyParameters : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(PathParametersContainMultipleBodyParameters), "A path item has more than one body parameter.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var (path, parameters) in ParameterLists.OfPathItems(context.Definition.Swagger))
        {
            foreach (var extra in ParameterLists.ExtraBodies(parameters))
            {
                context.Report(DefinitionFileKind.ApiDefinition, extra.Pointer,
                    $"The path '{path}' already shares a 'body' parameter; '{extra.Name}' is a second one. Keep one body per request.");
            }
        }
    }
}
