using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Runtime.Hosting;
using ConnectorKit.Tests.TestSupport;

namespace ConnectorKit.Runtime.Tests.Corpus;

/// <summary>Every corpus connector with policies or custom code loads into the runtime: its policies build and its script compiles and passes the checks.</summary>
public sealed class CorpusLoadTests
{
    [Fact]
    public void Every_corpus_connector_with_policies_or_a_script_loads()
    {
        RepositoryPaths.RequireCorpus();
        var candidates = RepositoryPaths.CorpusConnectors().Where(HasPoliciesOrScript).ToList();
        var failures = new List<string>();
        foreach (var folder in candidates)
        {
            var (connector, diagnostics) = LoadedConnector.Load(folder);
            if (connector is null)
            {
                failures.Add(Path.GetRelativePath(RepositoryPaths.Corpus, folder) + ":\n  "
                    + string.Join("\n  ", diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString())));
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{candidates.Count - failures.Count} of {candidates.Count} corpus connectors with policies or a script load into the runtime.");
        Assert.True(candidates.Count > 0, "The corpus has no connector with policies or a script.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {candidates.Count} do not load:\n" + string.Join("\n", failures));
    }

    private static bool HasPoliciesOrScript(string folder)
    {
        if (File.Exists(Path.Combine(folder, "script.csx")))
        {
            return true;
        }

        // Read as the platform reads it (duplicate keys, comments, trailing commas), as the runtime itself will.
        var file = Path.Combine(folder, "apiProperties.json");
        var properties = JsonFileReader.ReadFile(file, file).Root;
        return properties.Child("properties").Child("policyTemplateInstances") is JsonArray { Count: > 0 };
    }
}
