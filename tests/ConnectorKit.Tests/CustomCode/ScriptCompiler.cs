using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace ConnectorKit.Tests.CustomCode;

/// <summary>A compiled script: the Roslyn compilation (for its diagnostics and semantic model) and the emitted image.</summary>
public sealed record CompiledScript(CSharpCompilation Compilation, SyntaxTree ScriptTree, ImmutableArray<Diagnostic> Diagnostics, byte[]? Image)
{
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning);
}

/// <summary>
/// Compiles a <c>script.csx</c> the way Power Platform does: as a plain C# file beside the host's <c>ScriptBase</c>,
/// against the framework, Newtonsoft.Json and the logging abstractions only.
/// </summary>
public static class ScriptCompiler
{
    /// <summary>C# 7.3: the platform does not document its compiler's language version, so the script keeps to old syntax.</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp7_3);

    private static readonly Lazy<IReadOnlyList<MetadataReference>> LazyReferences = new(LoadReferences);

    /// <summary>
    /// CS1701/CS1702 say a library built against an older framework was unified with this one; the .NET SDK silences
    /// them for every build, and so does this compilation.
    /// </summary>
    private static readonly Dictionary<string, ReportDiagnostic> UnifiedReferenceWarnings = new()
    {
        ["CS1701"] = ReportDiagnostic.Suppress,
        ["CS1702"] = ReportDiagnostic.Suppress,
    };

    public static CompiledScript Compile(string scriptText, string scriptPath)
    {
        var scriptTree = CSharpSyntaxTree.ParseText(scriptText, ParseOptions, scriptPath);
        var hostTree = CSharpSyntaxTree.ParseText(ScriptHostSource.Text, ParseOptions, "ScriptHost.cs");
        var compilation = CSharpCompilation.Create(
            "ConnectorScript",
            [scriptTree, hostTree],
            LazyReferences.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Disable,
                specificDiagnosticOptions: UnifiedReferenceWarnings));

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        return new CompiledScript(compilation, scriptTree, emitted.Diagnostics, emitted.Success ? image.ToArray() : null);
    }

    /// <summary>
    /// The framework's own assemblies (the trusted platform assemblies beside System.Private.CoreLib, not the test's
    /// other dependencies) plus the two libraries custom code may use.
    /// </summary>
    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        var frameworkFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var paths = trusted
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkFolder, StringComparison.Ordinal))
            .Append(typeof(JObject).Assembly.Location)
            .Append(typeof(ILogger).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return [.. paths.Select(path => MetadataReference.CreateFromFile(path))];
    }
}
