using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.CustomCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using DiagnosticDescriptor = ConnectorKit.Diagnostics.DiagnosticDescriptor;

namespace ConnectorKit.Validation.Rules.CustomCode;

/// <summary>
/// Custom code names a type of a namespace outside the allowed ones by its full name (such as
/// <c>System.Globalization.CultureInfo</c>). Microsoft's list says only the allowed namespaces may be used, yet
/// certified scripts do this and run, so it is a warning, once per namespace.
/// </summary>
public sealed class CkScriptQualifiedNamespace : IScriptRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkScriptQualifiedNamespace), "script.csx names a type of a namespace outside the allowed ones by its full name.", Severity.Warning);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        if (ScriptSite.Of(context) is not { } site)
        {
            return;
        }

        var model = site.Analysis.Compilation.GetSemanticModel(site.Analysis.Tree);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in site.Analysis.Tree.GetRoot().DescendantNodes().Where(n => n.FirstAncestorOrSelf<UsingDirectiveSyntax>() is null))
        {
            var left = node switch
            {
                QualifiedNameSyntax qualified => (SyntaxNode)qualified.Left,
                MemberAccessExpressionSyntax access => access.Expression,
                _ => null,
            };
            if (left is null || model.GetSymbolInfo(left).Symbol is not INamespaceSymbol ns || model.GetSymbolInfo(node).Symbol is null or INamespaceSymbol)
            {
                continue;
            }

            var name = ns.ToDisplayString();
            if (!CustomCodeNamespaces.Allowed.Contains(name) && reported.Add(name))
            {
                context.Report(site.PositionOf(left.GetLocation()), $"The script uses {node} from {name}, which is not among the namespaces custom code may use.");
            }
        }
    }
}
