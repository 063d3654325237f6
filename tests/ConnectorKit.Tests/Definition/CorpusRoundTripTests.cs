using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Emitting;
using ConnectorKit.Json;
using ConnectorKit.Tests.TestSupport;

namespace ConnectorKit.Tests.Definition;

/// <summary>Reading a real connector's two files and writing them back gives the same JSON: keys, values and order.</summary>
public class CorpusRoundTripTests
{
    [Fact]
    public void Every_readable_corpus_connector_is_written_back_unchanged()
    {
        RepositoryPaths.RequireCorpus();
        var readable = 0;
        var failures = new List<string>();
        foreach (var folder in RepositoryPaths.CorpusConnectors())
        {
            var read = ConnectorFolderReader.Read(folder);
            if (read.Definition is null)
            {
                Assert.Contains(read.Diagnostics, d => d.Position.Line > 0 || d.Code == Diagnostics.DiagnosticCodes.FileNotFound.Code);
                continue;
            }

            readable++;
            var files = DefinitionEmitter.Emit(read.Definition).ToDictionary(f => f.RelativePath);
            CompareWithOriginal(read.ApiDefinitionPath!, files[DefinitionFiles.ApiDefinition], failures);
            if (read.Definition.ApiProperties is not null)
            {
                CompareWithOriginal(Path.Combine(folder, DefinitionFiles.ApiProperties), files[DefinitionFiles.ApiProperties], failures);
            }
        }

        Assert.Empty(failures);
        // Every connector of the corpus, those that are not strict JSON included.
        Assert.True(readable >= 314, $"Only {readable} corpus connectors were readable.");
    }

    private static void CompareWithOriginal(string originalPath, GeneratedFile written, List<string> failures)
    {
        var original = JsonFileReader.ReadFile(originalPath, originalPath).Root;
        var reread = JsonFileReader.Read(written.Content, written.RelativePath).Root;
        if (FirstDifference(original, reread, "") is { } pointer)
        {
            failures.Add($"{originalPath}: differs at '{pointer}'");
        }
    }

    /// <summary>The first pointer where two trees differ in value or in key order, or null when they are the same.</summary>
    private static string? FirstDifference(JsonNode? left, JsonNode? right, string pointer)
    {
        switch (left, right)
        {
            case (JsonObject a, JsonObject b):
                if (!a.Select(p => p.Key).SequenceEqual(b.Select(p => p.Key)))
                {
                    return pointer;
                }

                return a.Select(p => FirstDifference(p.Value, b[p.Key], JsonPointer.Append(pointer, p.Key))).FirstOrDefault(d => d is not null);
            case (JsonArray a, JsonArray b):
                if (a.Count != b.Count)
                {
                    return pointer;
                }

                return a.Select((item, i) => FirstDifference(item, b[i], JsonPointer.Append(pointer, i))).FirstOrDefault(d => d is not null);
            default:
                return JsonNode.DeepEquals(left, right) ? null : pointer;
        }
    }
}
