using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// An input that offers a file picker (<c>x-ms-capabilities</c> with <c>file-picker</c>) needs <c>x-ms-dynamic-tree</c>,
/// which says how to open and browse the folders. The connector-level <c>x-ms-capabilities</c> is not an input and is not checked.
/// </summary>
public sealed class DynamicTreeExtensionMissing : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(DynamicTreeExtensionMissing), "A file picker input has no 'x-ms-dynamic-tree'.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var site in TypedSites.All(context.Definition.Swagger))
        {
            if (site.Node.Child("x-ms-capabilities").Child("file-picker") is not null && !site.Node.ContainsKey("x-ms-dynamic-tree"))
            {
                context.Report(DefinitionFileKind.ApiDefinition, site.Member("x-ms-capabilities"),
                    "This input offers a file picker but has no 'x-ms-dynamic-tree'; add it to say how folders are opened and browsed.");
            }
        }
    }
}
