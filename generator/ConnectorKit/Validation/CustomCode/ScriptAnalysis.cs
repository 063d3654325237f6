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
    /// <summary>
    /// The newest language version: the platform does not document its compiler's, and an older choice would flag
    /// scripts that the platform accepts.
    /// </summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    private static readonly ConditionalWeakTable<ConnectorScript, ScriptAnalysis> Cache = [];

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);

    private static readonly Lazy<SyntaxTree> HostTree = new(() => CSharpSyntaxTree.ParseText(ReadHostSource(), ParseOptions, "ScriptHost.csx"));

    /// <summary>
    /// The platform imports the allowed namespaces for the script (scripts in the wild use HttpResponseMessage or JObject
    /// without a using directive), so the compilation does too.
    /// </summary>
    private static readonly Lazy<SyntaxTree> ImplicitUsings = new(() => CSharpSyntaxTree.ParseText(
        string.Concat(CustomCodeNamespaces.Allowed.Order(StringComparer.Ordinal).Select(ns => $"global using {ns};\n")), ParseOptions, "ImplicitUsings.cs"));

    /// <summary>The tolerated namespaces .NET lacks, declared empty so that importing one compiles as it does on the platform.</summary>
    private static readonly Lazy<SyntaxTree> ToleratedNamespaces = new(() => CSharpSyntaxTree.ParseText(
        string.Concat(CustomCodeNamespaces.Tolerated.Order(StringComparer.Ordinal).Select(ns => $"namespace {ns} {{ }}\n")), ParseOptions, "ToleratedNamespaces.cs"));

    private readonly Lazy<CSharpCompilation> _compilation;

    private ScriptAnalysis(ConnectorScript script, string path)
    {
        Tree = CSharpSyntaxTree.ParseText(script.Text, ParseOptions, path);
        _compilation = new Lazy<CSharpCompilation>(() => CSharpCompilation.Create(
            "ConnectorScript",
            [Tree, HostTree.Value, ImplicitUsings.Value, ToleratedNamespaces.Value],
            References.Value,
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

    /// <summary>The framework's own assemblies (those beside System.Private.CoreLib) plus the two libraries custom code may use.</summary>
    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        var frameworkFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty).Split(Path.PathSeparator);
        var paths = trusted
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkFolder, StringComparison.Ordinal))
            .Append(typeof(Newtonsoft.Json.JsonConvert).Assembly.Location)
            .Append(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location)
            .Where(path => path.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return [.. paths.Select(path => MetadataReference.CreateFromFile(path))];
    }
}
