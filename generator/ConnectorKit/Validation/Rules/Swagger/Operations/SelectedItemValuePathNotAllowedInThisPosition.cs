using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Operations.Support;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// <c>selectedItemValuePath</c> passes the item picked in a tree to the call that opens it, so it belongs only in the
/// parameters of the <c>browse</c> step of <c>x-ms-dynamic-tree</c>.
/// </summary>
public sealed class SelectedItemValuePathNotAllowedInThisPosition : IValidationRule
{
    private const string Keyword = "selectedItemValuePath";

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(SelectedItemValuePathNotAllowedInThisPosition),
        "'selectedItemValuePath' is used outside the browse step of 'x-ms-dynamic-tree'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var site in DocumentObjects.Of(context.Definition.ApiDefinition))
        {
            if (site.Node.ContainsKey(Keyword) && !InBrowseParameters(site.Pointer))
            {
                context.Report(DefinitionFileKind.ApiDefinition, JsonPointer.Append(site.Pointer, Keyword),
                    $"'{Keyword}' is only allowed in the 'parameters' of the 'browse' step of 'x-ms-dynamic-tree'; remove it here.");
            }
        }
    }

    /// <summary>True for <c>.../x-ms-dynamic-tree/browse/parameters/NAME</c>.</summary>
    private static bool InBrowseParameters(string pointer)
    {
        var tokens = JsonPointer.Split(pointer);
        return tokens.Count >= 4 && tokens[^2] == "parameters" && tokens[^3] == "browse" && tokens[^4] == DynamicInvocation.Tree;
    }
}
