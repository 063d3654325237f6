using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConnectorKit.Tests.CustomCode;

/// <summary>The namespaces Power Platform lets custom code use (Microsoft Learn, "Write code in a custom connector").</summary>
public static class CustomCodeNamespaces
{
    public static IReadOnlySet<string> Allowed { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "System",
        "System.Collections",
        "System.Collections.Generic",
        "System.Diagnostics",
        "System.IO",
        "System.IO.Compression",
        "System.Linq",
        "System.Net",
        "System.Net.Http",
        "System.Net.Http.Headers",
        "System.Net.Security",
        "System.Security.Authentication",
        "System.Security.Cryptography",
        "System.Text",
        "System.Text.RegularExpressions",
        "System.Threading",
        "System.Threading.Tasks",
        "System.Web",
        "System.Xml",
        "System.Xml.Linq",
        "System.Drawing",
        "System.Drawing.Drawing2D",
        "System.Drawing.Imaging",
        "Microsoft.Extensions.Logging",
        "Newtonsoft.Json",
        "Newtonsoft.Json.Linq",
    };

    /// <summary>
    /// The namespaces outside <see cref="Allowed"/> that the script imports or whose types and members it names
    /// (fully qualified names included), sorted. The host's own types live in the global namespace.
    /// </summary>
    public static IReadOnlyList<string> Disallowed(CompiledScript script)
    {
        var model = script.Compilation.GetSemanticModel(script.ScriptTree);
        var root = script.ScriptTree.GetRoot();
        var imported = root.DescendantNodes().OfType<UsingDirectiveSyntax>()
            .Select(directive => directive.Name?.ToString() ?? string.Empty);
        var named = root.DescendantNodes().OfType<SimpleNameSyntax>()
            .Select(name => model.GetSymbolInfo(name).Symbol)
            .Where(symbol => symbol is INamedTypeSymbol or IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol)
            .Select(symbol => symbol!.ContainingNamespace)
            .Where(ns => ns is { IsGlobalNamespace: false })
            .Select(ns => ns!.ToDisplayString());
        return [.. imported.Concat(named)
            .Where(ns => !Allowed.Contains(ns))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }
}
