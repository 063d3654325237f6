using System.Diagnostics;
using System.Reflection;

namespace ConnectorKit.Interop.Tests;

/// <summary>
/// The swaggers the interop tests read, by name: the Customer Insights connector's committed one, and ones the
/// ConnectorKit CLI generates once per run from models of the repository's tests and from the documents of
/// ../shared/openapi3 and ../shared/postman imported first (when ../shared is there). The CLI runs as a process:
/// these tests read its output with OpenAPI.NET 1.6, which cannot share a process with the CLI's OpenAPI.NET 3.
/// </summary>
public static class GeneratedSwaggers
{
    /// <summary>Models of the expansion tests that generate on their own: a polling trigger, webhook bodies of each shape.</summary>
    private static readonly string[] TestModels = ["PollingTrigger", "WebhookBodies"];

    private static readonly string Output = TemporaryOutput();

    /// <summary>Each swagger is generated when a test first asks for it, so one that fails to generate fails only its own tests.</summary>
    private static readonly Dictionary<string, Lazy<string>> All = Sources();

    public static string Root => Metadata("RepositoryRoot");

    public static TheoryData<string> Names() => [.. NamesOf()];

    /// <summary>The swagger's file; skips the test when its source is not on this machine.</summary>
    public static string PathOf(string name)
    {
        if (!All.TryGetValue(name, out var path))
        {
            Assert.Skip($"'{name}' was not generated: its source is read from ../shared beside the repository, which is absent here.");
        }

        return path.Value;
    }

    private static IEnumerable<string> NamesOf()
    {
        yield return "customer-insights";
        foreach (var model in TestModels)
        {
            yield return "model-" + model;
        }

        foreach (var document in SharedDocuments().Select(d => d.Name))
        {
            yield return "import-" + document;
        }
    }

    private static IReadOnlyList<(string Name, string Path)> SharedDocuments()
    {
        var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
        return [.. new[] { "openapi3", "postman" }
            .Select(folder => Path.Combine(shared, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.GetFiles(folder))
            .Where(file => Path.GetExtension(file) is ".yaml" or ".json")
            .Order(StringComparer.Ordinal)
            .Select(file => (Path.GetFileNameWithoutExtension(file), file))];
    }

    private static Dictionary<string, Lazy<string>> Sources()
    {
        var swaggers = new Dictionary<string, Lazy<string>>(StringComparer.Ordinal)
        {
            ["customer-insights"] = new(() => Path.Combine(Root, "apiDefinition.swagger.json")),
        };
        foreach (var model in TestModels)
        {
            swaggers["model-" + model] = new(() => GenerateModel(Path.Combine(Root, "tests", "ConnectorKit.Tests", "Expansion", "Models", model), Path.Combine(Output, model)));
        }

        foreach (var (name, file) in SharedDocuments())
        {
            swaggers["import-" + name] = new(() =>
            {
                var modelFolder = Path.Combine(Output, name + "-model");
                RunCli("import", file, "--out", modelFolder, "--force");
                return GenerateModel(modelFolder, Path.Combine(Output, name));
            });
        }

        return swaggers;
    }

    /// <summary>A temporary folder for the run's models and swaggers, deleted when the test process ends.</summary>
    private static string TemporaryOutput()
    {
        var folder = Directory.CreateTempSubdirectory("connectorkit-interop-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return folder;
    }

    private static string GenerateModel(string model, string output)
    {
        RunCli("generate", model, "--out", output);
        return Path.Combine(output, "apiDefinition.swagger.json");
    }

    /// <summary>Runs the CLI built beside these tests; a non-zero exit fails the test with what it printed.</summary>
    private static void RunCli(params string[] arguments)
    {
        var cli = Metadata("ConnectorKitCli");
        Assert.True(File.Exists(cli), $"The ConnectorKit CLI is not built at {cli}; build the solution first.");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(cli);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"connectorkit {string.Join(' ', arguments)} exited {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
    }

    private static string Metadata(string key) =>
        typeof(GeneratedSwaggers).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
