using System.Text;
using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.CustomCode;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.PowerPlatform.Connectors.CustomCode.CSharp;
using Diagnostic = ConnectorKit.Diagnostics.Diagnostic;

namespace ConnectorKit.Runtime.Scripting;

/// <summary>
/// Compiles a connector's script.csx once, as the platform does: at most 1 MB, only the allowed namespaces imported
/// (<see cref="CustomCodeNamespaces"/>, the validator's list), against the worker's ScriptBase and what custom code may
/// reference, no unsafe code, and none of <see cref="ForbiddenApis"/>. Every problem is a finding at its line and
/// column of the script. The image carries its debug information, so a script's exception names its line.
/// </summary>
public static class ScriptCompiler
{
    public const int MaximumBytes = 1024 * 1024;

    public static CompiledScript? Compile(ConnectorScript script, string scriptPath, List<Diagnostic> diagnostics)
    {
        var size = Encoding.UTF8.GetByteCount(script.Text);
        if (size > MaximumBytes)
        {
            diagnostics.Add(Diagnostic.Create(RuntimeCodes.ScriptTooLarge, new SourcePosition(scriptPath, 1, 1),
                $"The script takes {size / 1024} KB; the platform runs scripts of at most {MaximumBytes / 1024} KB."));
            return null;
        }

        var tree = ScriptCompilationParts.Parse(script, scriptPath);
        var before = diagnostics.Count;
        CheckUsings(tree, scriptPath, diagnostics);
        var compilation = CSharpCompilation.Create(
            "ConnectorScript",
            [tree, .. ScriptCompilationParts.SupportTrees],
            [.. ScriptCompilationParts.References, MetadataReference.CreateFromFile(typeof(ScriptBase).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release,
                nullableContextOptions: NullableContextOptions.Disable, allowUnsafe: false));
        foreach (var error in compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree == tree))
        {
            diagnostics.Add(Diagnostic.Create(RuntimeCodes.ScriptCompileError, Position(error.Location, scriptPath), $"{error.Id}: {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
        }

        if (diagnostics.Count > before)
        {
            return null;
        }

        CheckSymbols(compilation, tree, scriptPath, diagnostics);
        var scriptClass = ScriptClass(compilation, tree);
        if (scriptClass is null)
        {
            diagnostics.Add(Diagnostic.Create(RuntimeCodes.ScriptClassMissing, new SourcePosition(scriptPath, 1, 1),
                "The script has no class Script : ScriptBase; the platform runs 'public class Script : ScriptBase'."));
        }

        if (diagnostics.Count > before)
        {
            return null;
        }

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded));
        if (!emitted.Success)
        {
            foreach (var error in emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                diagnostics.Add(Diagnostic.Create(RuntimeCodes.ScriptCompileError, Position(error.Location, scriptPath), $"{error.Id}: {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
            }

            return null;
        }

        return new CompiledScript(image.ToArray(), scriptPath, scriptClass!.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty, StringComparison.Ordinal));
    }

    /// <summary>
    /// The class the platform runs: the ScriptBase subclass named Script, else one so named in another case (a certified
    /// script declares <c>class script</c>, and the platform runs it), else the only ScriptBase subclass.
    /// </summary>
    private static INamedTypeSymbol? ScriptClass(CSharpCompilation compilation, SyntaxTree tree)
    {
        var model = compilation.GetSemanticModel(tree);
        var candidates = tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>()
            .Select(c => model.GetDeclaredSymbol(c))
            .OfType<INamedTypeSymbol>()
            .Where(c => !c.IsAbstract && InheritsScriptBase(c))
            .ToList();
        return candidates.FirstOrDefault(c => c.Name == "Script")
            ?? candidates.FirstOrDefault(c => string.Equals(c.Name, "Script", StringComparison.OrdinalIgnoreCase))
            ?? (candidates.Count == 1 ? candidates[0] : null);
    }

    private static bool InheritsScriptBase(INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.ToDisplayString() == typeof(ScriptBase).FullName)
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckUsings(SyntaxTree tree, string scriptPath, List<Diagnostic> diagnostics)
    {
        foreach (var directive in tree.GetRoot().DescendantNodes().OfType<UsingDirectiveSyntax>().Where(d => d.Name is not null))
        {
            var name = directive.Name!.ToString();
            if (!CustomCodeNamespaces.IsImportable(name))
            {
                diagnostics.Add(Diagnostic.Create(RuntimeCodes.ScriptNamespaceNotAllowed, Position(directive.GetLocation(), scriptPath),
                    $"The script imports {name}, which is not among the namespaces custom code may use."));
            }
        }
    }

    private static void CheckSymbols(CSharpCompilation compilation, SyntaxTree tree, string scriptPath, List<Diagnostic> diagnostics)
    {
        var model = compilation.GetSemanticModel(tree);
        var reported = new HashSet<(int, string)>();
        foreach (var node in tree.GetRoot().DescendantNodes().Where(n => n is ExpressionSyntax or TypeSyntax && n.FirstAncestorOrSelf<UsingDirectiveSyntax>() is null))
        {
            var line = node.GetLocation().GetLineSpan().StartLinePosition.Line;
            if (model.GetTypeInfo(node).Type is { TypeKind: TypeKind.Dynamic } && reported.Add((line, "dynamic")))
            {
                diagnostics.Add(Diagnostic.Create(RuntimeCodes.ScriptApiForbidden, Position(node.GetLocation(), scriptPath),
                    "The script uses dynamic, which calls members by name at run time past every check."));
                continue;
            }

            var info = model.GetSymbolInfo(node);
            foreach (var symbol in info.Symbol is { } found ? [found] : info.CandidateSymbols)
            {
                if (ForbiddenApis.Reason(symbol) is { } reason && reported.Add((line, reason)))
                {
                    diagnostics.Add(Diagnostic.Create(RuntimeCodes.ScriptApiForbidden, Position(node.GetLocation(), scriptPath),
                        $"The script may not use this: {reason}. The runtime runs custom code without file system, process, environment or reflection access."));
                }
            }
        }
    }

    private static SourcePosition Position(Location location, string scriptPath)
    {
        var start = location.GetLineSpan().StartLinePosition;
        return new SourcePosition(scriptPath, start.Line + 1, start.Character + 1);
    }
}

/// <summary>A compiled script: the assembly image the worker loads, the script file it came from, and the full name of its class.</summary>
public sealed record CompiledScript(byte[] Image, string ScriptPath, string ClassName);
