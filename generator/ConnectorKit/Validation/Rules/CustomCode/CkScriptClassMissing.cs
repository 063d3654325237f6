using ConnectorKit.Diagnostics;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConnectorKit.Validation.Rules.CustomCode;

/// <summary>Custom code defines <c>public class Script : ScriptBase</c> with an <c>ExecuteAsync</c> method, which the platform calls.</summary>
public sealed class CkScriptClassMissing : IScriptRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkScriptClassMissing), "script.csx has no class Script : ScriptBase with an ExecuteAsync method.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        if (ScriptSite.Of(context) is not { } site)
        {
            return;
        }

        var classes = site.Analysis.Tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().ToList();
        if (classes.FirstOrDefault(c => c.Identifier.ValueText == "Script") is not { } script)
        {
            context.Report(site.Start, "The script has no class named Script; the platform runs 'public class Script : ScriptBase'.");
        }
        else if (script.BaseList?.Types.Any(t => LastIdentifier(t.Type) == "ScriptBase") != true)
        {
            context.Report(site.PositionOf(script.Identifier.GetLocation()), "The class Script must derive from ScriptBase.");
        }
        else if (!script.Members.OfType<MethodDeclarationSyntax>().Any(m => m.Identifier.ValueText == "ExecuteAsync"))
        {
            context.Report(site.PositionOf(script.Identifier.GetLocation()), "The class Script must override ExecuteAsync, the method the platform calls.");
        }
    }

    private static string LastIdentifier(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => type.ToString(),
    };
}
