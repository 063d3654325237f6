using ConnectorKit.Tests.TestSupport;

namespace ConnectorKit.Tests.CustomCode;

/// <summary>The flagship connector's custom code, compiled once for the tests that need it.</summary>
public static class ConnectorScriptFile
{
    public static string Path => System.IO.Path.Combine(RepositoryPaths.Root, "connector", "script.csx");

    private static readonly Lazy<CompiledScript> LazyCompiled = new(() => ScriptCompiler.Compile(File.ReadAllText(Path), Path));

    public static CompiledScript Compiled => LazyCompiled.Value;
}
