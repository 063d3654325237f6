using System.Collections.Immutable;
using System.Text;
using ConnectorKit.Emitting;
using ConnectorKit.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConnectorKit.Tests.ClientGeneration;

/// <summary>A generated client's source files, under a name that identifies them in compiler output.</summary>
public sealed record ClientSources(string Name, IReadOnlyList<GeneratedFile> Files);

/// <summary>
/// Compiles generated clients in memory against the reference assemblies of the installed .NET SDK, with the
/// System.Text.Json source generator of the same pack run over them (see <see cref="ReferencePacks"/>).
/// </summary>
public static class ClientCompiler
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>The errors (and serializer generator warnings) of compiling the clients together, by client name; clients without any are absent.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>> Errors(IReadOnlyList<ClientSources> clients)
    {
        var owners = new Dictionary<SyntaxTree, string>();
        var trees = new List<SyntaxTree>();
        foreach (var client in clients)
        {
            foreach (var file in client.Files.Where(f => f.RelativePath.EndsWith(".cs", StringComparison.Ordinal)))
            {
                var tree = CSharpSyntaxTree.ParseText(Encoding.UTF8.GetString(file.Content), ParseOptions, client.Name + "/" + file.RelativePath);
                owners[tree] = client.Name;
                trees.Add(tree);
            }
        }

        var compilation = CSharpCompilation.Create(
            "GeneratedClients",
            trees,
            ReferencePacks.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create([ReferencePacks.JsonSourceGenerator], parseOptions: ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics, TestContext.Current.CancellationToken);

        // A generator that fails or skips a type only warns, but the client then lacks serialization metadata at run time.
        var errors = generatorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Concat(output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error))
            .ToList();
        return errors
            .GroupBy(d => Owner(d, owners, clients))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Diagnostic>)[.. g], StringComparer.Ordinal);
    }

    /// <summary>Compiles one client and fails the test with its errors, if any.</summary>
    public static void AssertCompiles(ClientSources client)
    {
        var errors = Errors([client]);
        Assert.True(errors.Count == 0, Describe(errors));
    }

    public static string Describe(IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>> errors) =>
        string.Join("\n", errors.SelectMany(e => e.Value.Take(5).Select(d => $"{e.Key}: {d}")));

    /// <summary>A diagnostic of generated serializer code is charged to the client whose namespace it is in.</summary>
    private static string Owner(Diagnostic diagnostic, Dictionary<SyntaxTree, string> owners, IReadOnlyList<ClientSources> clients)
    {
        var tree = diagnostic.Location.SourceTree;
        if (tree is not null && owners.TryGetValue(tree, out var owner))
        {
            return owner;
        }

        var text = tree?.ToString() ?? string.Empty;
        return clients.FirstOrDefault(c => text.Contains("namespace " + c.Name + ";", StringComparison.Ordinal) || text.Contains("namespace " + c.Name + "\n", StringComparison.Ordinal))?.Name
            ?? "(unattributed)";
    }
}
