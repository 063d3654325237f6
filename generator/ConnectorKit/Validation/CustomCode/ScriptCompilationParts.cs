using System.Text;
using ConnectorKit.Definition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ConnectorKit.Validation.CustomCode;

/// <summary>
/// What every compilation of a script.csx shares, whoever compiles it (the validator against its ScriptBase shim,
/// the runtime against its script host): the language version, the namespaces the platform imports, the tolerated
/// namespaces declared empty, and the assemblies custom code may use.
/// </summary>
public static class ScriptCompilationParts
{
    /// <summary>
    /// The newest language version: the platform does not document its compiler's, and an older choice would flag
    /// scripts that the platform accepts.
    /// </summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    private static readonly Lazy<IReadOnlyList<MetadataReference>> LazyReferences = new(LoadReferences);

    /// <summary>
    /// The platform imports the allowed namespaces for the script (scripts in the wild use HttpResponseMessage or JObject
    /// without a using directive), so the compilation does too.
    /// </summary>
    private static readonly Lazy<SyntaxTree> LazyImplicitUsings = new(() => ParseText(
        string.Concat(CustomCodeNamespaces.Allowed.Order(StringComparer.Ordinal).Select(ns => $"global using {ns};\n")), "ImplicitUsings.cs"));

    /// <summary>The tolerated namespaces .NET lacks, declared empty so that importing one compiles as it does on the platform.</summary>
    private static readonly Lazy<SyntaxTree> LazyToleratedNamespaces = new(() => ParseText(
        string.Concat(CustomCodeNamespaces.Tolerated.Order(StringComparer.Ordinal).Select(ns => $"namespace {ns} {{ }}\n")), "ToleratedNamespaces.cs"));

    /// <summary>The framework's own assemblies (those beside System.Private.CoreLib) plus the two libraries custom code may use.</summary>
    public static IReadOnlyList<MetadataReference> References => LazyReferences.Value;

    /// <summary>The trees compiled beside every script: the implicit usings and the tolerated namespaces.</summary>
    public static IReadOnlyList<SyntaxTree> SupportTrees => [LazyImplicitUsings.Value, LazyToleratedNamespaces.Value];

    public static SyntaxTree Parse(ConnectorScript script, string path) => ParseText(script.Text, path);

    /// <summary>Parsed as UTF-8 text, so a compilation of it can carry debug information (the runtime's scripts name their lines).</summary>
    private static SyntaxTree ParseText(string text, string path) => CSharpSyntaxTree.ParseText(SourceText.From(text, Encoding.UTF8), ParseOptions, path);

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
