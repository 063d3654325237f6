using System.Text.Json.Nodes;
using ConnectorKit.ClientGeneration;
using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Diff;
using ConnectorKit.Import;
using ConnectorKit.Inputs;
using ConnectorKit.Json;
using ConnectorKit.Tests.TestSupport;
using ConnectorKit.Validation;

namespace ConnectorKit.Tests.Robustness;

/// <summary>
/// Real files put any kind of JSON anywhere. Each variant of the Customer Insights artifacts has one node replaced by
/// a value of another kind; no tool may throw on it, and no validator rule may fail (CK4001).
/// </summary>
public sealed class MangledConnectorTests
{
    private static readonly JsonNode?[] Replacements = ["x", new JsonArray(), 7, null];

    public static TheoryData<string, string, int> Variants()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var file in new[] { DefinitionFiles.ApiDefinition, DefinitionFiles.ApiProperties })
        {
            var root = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, file)));
            var pointers = Pointers(root, JsonPointer.Root, depth: 0).ToList();
            // Every pointer of apiProperties; for the larger swagger, a fixed spread of them.
            var step = file == DefinitionFiles.ApiProperties ? 1 : Math.Max(1, pointers.Count / 60);
            for (var i = 0; i < pointers.Count; i += step)
            {
                data.Add(file, pointers[i], i % Replacements.Length);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void No_tool_throws_on_a_node_of_the_wrong_kind(string file, string pointer, int replacement)
    {
        using var folder = new TemporaryCopy(RepositoryPaths.Root);
        var path = Path.Combine(folder.Path, file);
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        Replace(root, pointer, Replacements[replacement]?.DeepClone());
        File.WriteAllText(path, root.ToJsonString());

        var input = ConnectorInputLoader.Load(folder.Path);
        if (BreaksTheShape(file, pointer))
        {
            Assert.Null(input.Connector);
            var error = Assert.Single(input.Diagnostics, d => d.Severity == Severity.Error);
            Assert.Equal((DiagnosticCodes.WrongType.Code, Path.Combine(folder.Path, file)), (error.Code, error.Position.File));
            Assert.True(error.Position.Line > 0);
            return;
        }

        var connector = Assert.IsType<PositionedConnector>(input.Connector);
        var findings = ConnectorValidation.Run(folder.Path, ValidationOptions.Default with { Certification = true });
        Assert.DoesNotContain(findings, d => d.Code == DiagnosticCodes.ValidationRuleFailed.Code);
        ClientGenerator.Generate(connector.Definition, new ClientOptions { Namespace = "Mangled.Client" });
        BreakingChangeDetector.Compare(ConnectorInputLoader.Load(RepositoryPaths.Root).Connector!, connector);
        ConnectorImporter.Import(folder.Path);
    }

    /// <summary>Whether the node is one every reader needs to be an object (no replacement is one): then the connector is not read.</summary>
    private static bool BreaksTheShape(string file, string pointer)
    {
        if (file == DefinitionFiles.ApiProperties)
        {
            return pointer == "/properties";
        }

        var tokens = JsonPointer.Split(pointer);
        return tokens[0] == "paths" && (tokens.Count < 3 || (tokens.Count == 3 && SwaggerDocument.Methods.Contains(tokens[2])));
    }

    private static IEnumerable<string> Pointers(JsonNode? node, string pointer, int depth)
    {
        if (depth == 5)
        {
            yield break;
        }

        var children = node switch
        {
            JsonObject obj => obj.Select(p => (JsonPointer.Append(pointer, p.Key), p.Value)),
            JsonArray array => array.Select((item, i) => (JsonPointer.Append(pointer, i), item)),
            _ => [],
        };
        foreach (var (childPointer, child) in children)
        {
            yield return childPointer;
            foreach (var nested in Pointers(child, childPointer, depth + 1))
            {
                yield return nested;
            }
        }
    }

    private static void Replace(JsonNode root, string pointer, JsonNode? value)
    {
        var tokens = JsonPointer.Split(pointer);
        var parent = tokens.SkipLast(1).Aggregate(root, (node, token) => node is JsonArray array ? array[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)]! : node[token]!);
        if (parent is JsonArray list)
        {
            list[int.Parse(tokens[^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            parent[tokens[^1]] = value;
        }
    }

    /// <summary>The connector files of a folder (the two JSON files and the script), copied to a temporary folder.</summary>
    private sealed class TemporaryCopy : IDisposable
    {
        public TemporaryCopy(string source)
        {
            Path = Directory.CreateTempSubdirectory("connectorkit-mangled-").FullName;
            foreach (var name in new[] { DefinitionFiles.ApiDefinition, DefinitionFiles.ApiProperties, DefinitionFiles.Script })
            {
                File.Copy(System.IO.Path.Combine(source, name), System.IO.Path.Combine(Path, name));
            }
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
