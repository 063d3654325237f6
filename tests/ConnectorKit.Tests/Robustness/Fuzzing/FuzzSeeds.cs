using System.Text;
using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Json;
using ConnectorKit.Tests.Import;
using ConnectorKit.Tests.TestSupport;
using ConnectorKit.Tests.Validation;

namespace ConnectorKit.Tests.Robustness.Fuzzing;

/// <summary>One valid input, a folder's files by relative path, that cases mangle.</summary>
internal sealed record SeedFolder(string Name, IReadOnlyDictionary<string, byte[]> Files)
{
    /// <summary>The files in ordinal order of path, so a case picks the same file on every machine.</summary>
    public IReadOnlyList<string> Paths { get; } = [.. Files.Keys.Order(StringComparer.Ordinal)];
}

/// <summary>
/// The valid models and connectors that cases start from: the models of the expansion tests and the Customer
/// Insights model, the connectors of the validation and import tests and the Customer Insights artifacts, and, when
/// <c>../shared</c> is beside the repository, the small connectors of its corpus (read there at test time).
/// </summary>
internal static class FuzzSeeds
{
    /// <summary>The corpus connectors whose swagger is at most this large: cases stay fast, and there are dozens.</summary>
    private const long SmallCorpusSwagger = 8_000;

    public static IReadOnlyList<SeedFolder> Models { get; } = LoadModels();

    public static IReadOnlyList<SeedFolder> Connectors { get; } = LoadConnectors();

    /// <summary>Every key the seeds use: adding one of them keeps a mangled input close to a valid one.</summary>
    public static IReadOnlyList<string> ModelKeys { get; } = KeysOf(Models, YamlOf);

    public static IReadOnlyList<string> ConnectorKeys { get; } = KeysOf(Connectors, JsonOf);

    public static JsonNode? YamlOf(string path, byte[] content) =>
        path.EndsWith(".yaml", StringComparison.Ordinal) ? YamlJson.Read(Encoding.UTF8.GetString(content)) : null;

    /// <summary>Corpus connectors the platform took are not all strict JSON: they are read as every command reads them.</summary>
    public static JsonNode? JsonOf(string path, byte[] content) =>
        path.EndsWith(".json", StringComparison.Ordinal) ? JsonFileReader.Read(content, path).Root : null;

    private static List<SeedFolder> LoadModels()
    {
        var models = Path.Combine(RepositoryPaths.Root, "tests", "ConnectorKit.Tests", "Expansion", "Models");
        var seeds = Directory.GetDirectories(models).Order(StringComparer.Ordinal).Select(folder => FromFolder(folder, _ => true)).ToList();

        // The flagship model, without its client's generated and hand-written code.
        seeds.Add(FromFolder(Path.Combine(RepositoryPaths.Root, "connector"), relative => !relative.StartsWith("client/", StringComparison.Ordinal)));
        return seeds;
    }

    private static List<SeedFolder> LoadConnectors()
    {
        var seeds = new List<SeedFolder>
        {
            FromTexts("sample", SampleConnector.Swagger, SampleConnector.ApiProperties, SampleConnector.Script),
            FromTexts("webhook", Samples.Swagger(Samples.WebhookPaths, Samples.WebhookDefinitions), Samples.Properties, script: null),
            FromTexts("polling", Samples.Swagger(Samples.PollingPaths), Samples.PollingProperties, script: null),
            FromFolder(RepositoryPaths.Root, relative => relative is DefinitionFiles.ApiDefinition or DefinitionFiles.ApiProperties or DefinitionFiles.Script or DefinitionFiles.Icon, recurse: false),
        };
        if (RepositoryPaths.HasCorpus)
        {
            seeds.AddRange(RepositoryPaths.CorpusConnectors()
                .Where(folder => new FileInfo(Path.Combine(folder, DefinitionFiles.ApiDefinition)) is { Exists: true, Length: <= SmallCorpusSwagger })
                .Select(folder => FromFolder(folder, _ => true, recurse: false)));
        }

        return seeds;
    }

    private static SeedFolder FromTexts(string name, string swagger, string properties, string? script)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [DefinitionFiles.ApiDefinition] = Encoding.UTF8.GetBytes(swagger),
            [DefinitionFiles.ApiProperties] = Encoding.UTF8.GetBytes(properties),
            [DefinitionFiles.Icon] = FuzzWorkspace.SecretPng,
        };
        if (script is not null)
        {
            files[DefinitionFiles.Script] = Encoding.UTF8.GetBytes(script);
        }

        return new SeedFolder(name, files);
    }

    private static SeedFolder FromFolder(string folder, Func<string, bool> include, bool recurse = true)
    {
        var files = Directory.GetFiles(folder, "*", recurse ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Select(path => (Relative: Path.GetRelativePath(folder, path).Replace('\\', '/'), Path: path))
            .Where(file => include(file.Relative))
            .ToDictionary(file => file.Relative, file => File.ReadAllBytes(file.Path), StringComparer.Ordinal);
        return new SeedFolder(Path.GetFileName(folder), files);
    }

    private static List<string> KeysOf(IEnumerable<SeedFolder> seeds, Func<string, byte[], JsonNode?> read)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var seed in seeds)
        {
            foreach (var (path, content) in seed.Files)
            {
                Collect(read(path, content), keys);
            }
        }

        return [.. keys];
    }

    private static void Collect(JsonNode? node, SortedSet<string> keys)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    keys.Add(key);
                    Collect(value, keys);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, keys);
                }

                break;
        }
    }
}
