using System.Runtime.CompilerServices;
using ConnectorKit.Definition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConnectorKit.Validation.CustomCode;

/// <summary>
/// A script.csx compiled the way the platform compiles it: as a plain C# file beside the host's ScriptBase, against the
/// framework, Newtonsoft.Json and the logging abstractions. The custom-code rules share one analysis per script.
/// </summary>
public sealed class ScriptAnalysis
{
    public static CSharpParseOptions ParseOptions => ScriptCompilationParts.ParseOptions;

    private static readonly ConditionalWeakTable<ConnectorScript, ScriptAnalysis> Cache = [];

    private static readonly Lazy<SyntaxTree> HostTree = new(() => CSharpSyntaxTree.ParseText(ReadHostSource(), ParseOptions, "ScriptHost.csx"));

    private readonly Lazy<CSharpCompilation> _compilation;

    private ScriptAnalysis(ConnectorScript script, string path)
    {
        Tree = ScriptCompilationParts.Parse(script, path);
        _compilation = new Lazy<CSharpCompilation>(() => CSharpCompilation.Create(
            "ConnectorScript",
            [Tree, HostTree.Value, .. ScriptCompilationParts.SupportTrees],
            ScriptCompilationParts.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable)));
    }

    public SyntaxTree Tree { get; }

    public CSharpCompilation Compilation => _compilation.Value;

    public static ScriptAnalysis Of(ConnectorScript script, string path) => Cache.GetValue(script, s => new ScriptAnalysis(s, path));

    /// <summary>The compiler's errors in the script itself (not in the host shim).</summary>
    public IEnumerable<Microsoft.CodeAnalysis.Diagnostic> Errors =>
        Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree == Tree);

    private static string ReadHostSource()
    {
        using var stream = typeof(ScriptAnalysis).Assembly.GetManifestResourceStream("ConnectorKit.Validation.ScriptHost.csx")
            ?? throw new InvalidOperationException("The ScriptHost.csx resource is missing from the library.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
