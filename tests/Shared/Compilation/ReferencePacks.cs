using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ConnectorKit.TestSupport;

/// <summary>
/// What generated C# is compiled against in tests: the reference assemblies of the installed .NET SDK (the
/// Microsoft.NETCore.App and Microsoft.AspNetCore.App targeting packs, which hold Microsoft.Extensions.Http and
/// System.Threading.RateLimiting too) and the System.Text.Json source generator of the same pack. Compiled into the
/// test projects that compile generated clients.
/// </summary>
public static class ReferencePacks
{
    private static readonly Lazy<(IReadOnlyList<MetadataReference> References, ISourceGenerator JsonGenerator)> Toolchain = new(Load);

    public static IReadOnlyList<MetadataReference> References => Toolchain.Value.References;

    public static ISourceGenerator JsonSourceGenerator => Toolchain.Value.JsonGenerator;

    private static (IReadOnlyList<MetadataReference>, ISourceGenerator) Load()
    {
        var packs = Path.Combine(DotnetRoot(), "packs");
        var core = LatestPack(Path.Combine(packs, "Microsoft.NETCore.App.Ref"));
        var asp = LatestPack(Path.Combine(packs, "Microsoft.AspNetCore.App.Ref"));
        var references = Directory.GetFiles(Path.Combine(core, "ref", "net10.0"), "*.dll")
            .Concat(Directory.GetFiles(Path.Combine(asp, "ref", "net10.0"), "*.dll"))
            .Order(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();

        var generatorAssembly = Assembly.LoadFrom(Path.Combine(core, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll"));
        var generatorType = generatorAssembly.GetTypes().Single(t => !t.IsAbstract && typeof(IIncrementalGenerator).IsAssignableFrom(t));
        var generator = ((IIncrementalGenerator)Activator.CreateInstance(generatorType)!).AsSourceGenerator();
        return (references, generator);
    }

    /// <summary>The .NET root this test runs on: the shared framework lives at root/shared/Microsoft.NETCore.App/version.</summary>
    private static string DotnetRoot() =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));

    private static string LatestPack(string folder)
    {
        var versions = Directory.Exists(folder)
            ? Directory.GetDirectories(folder).Where(d => Path.GetFileName(d).StartsWith("10.", StringComparison.Ordinal)).ToList()
            : [];
        if (versions.Count == 0)
        {
            Assert.Skip($"No .NET 10 targeting pack at {folder}; generated clients are compiled against it.");
        }

        return versions.OrderBy(v => Version.TryParse(Path.GetFileName(v).Split('-')[0], out var version) ? version : new Version(0, 0)).Last();
    }
}
