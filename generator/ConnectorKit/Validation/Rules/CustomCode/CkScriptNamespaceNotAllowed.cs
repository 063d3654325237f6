using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.CustomCode;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConnectorKit.Validation.Rules.CustomCode;

/// <summary>
/// Custom code imports (<c>using</c>) only the namespaces Microsoft allows, or one that certified scripts import
/// although the list leaves it out (<see cref="CustomCodeNamespaces.Tolerated"/>).
/// </summary>
public sealed class CkScriptNamespaceNotAllowed : IScriptRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkScriptNamespaceNotAllowed), "script.csx imports a namespace custom code may not use.", Severity.Error);

    public bool CertificationOnly => false;

    public string? Notes => "Microsoft's list (\"Write code in a custom connector\") plus System.Runtime.Remoting.Contexts, which certified scripts import (Visual Studio adds it by itself) and the platform takes.";

    public void Validate(ValidationContext context)
    {
        if (ScriptSite.Of(context) is not { } site)
        {
            return;
        }

        var directives = site.Analysis.Tree.GetRoot().DescendantNodes().OfType<UsingDirectiveSyntax>()
            .Where(d => d.Alias is null && d.StaticKeyword == default && d.Name is not null);
        foreach (var directive in directives)
        {
            var name = directive.Name!.ToString();
            if (!CustomCodeNamespaces.IsImportable(name))
            {
                context.Report(site.PositionOf(directive.GetLocation()), $"The script imports {name}, which is not among the namespaces custom code may use.");
            }
        }
    }
}
