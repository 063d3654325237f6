namespace ConnectorKit.Tests.ClientGeneration;

/// <summary>
/// A fixed sample of the corpus for the default test run: every connector whose definition shows a feature the client
/// generator handles specially, plus every eighth one, so the sample spans the corpus without compiling all of it.
/// </summary>
public static class CorpusSample
{
    /// <summary>Text that marks a feature worth covering: webhooks, paging, files, forms, enums, composition, auth kinds, policies.</summary>
    private static readonly string[] Features =
    [
        "x-ms-notification-content", "x-ms-pageable", "\"file\"", "formData", "\"allOf\"", "additionalProperties",
        "x-ms-dynamic-schema", "x-ms-dynamic-properties", "\"apiKey\"", "\"basic\"", "setheader", "collectionFormat",
        "x-ms-url-encoding", "\"deprecated\": true", "\"enum\"", "\"binary\"",
    ];

    public static IReadOnlyList<string> Choose(IReadOnlyList<string> folders)
    {
        var covered = new HashSet<string>(StringComparer.Ordinal);
        var chosen = new List<string>();
        foreach (var (folder, index) in folders.Select((f, i) => (f, i)))
        {
            var text = ReadAll(folder);
            var newFeatures = Features.Where(f => text.Contains(f, StringComparison.Ordinal) && !covered.Contains(f)).ToList();
            if (newFeatures.Count > 0 || index % 8 == 0)
            {
                covered.UnionWith(newFeatures);
                chosen.Add(folder);
            }
        }

        return chosen;
    }

    private static string ReadAll(string folder) => string.Concat(
        Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllText));
}
