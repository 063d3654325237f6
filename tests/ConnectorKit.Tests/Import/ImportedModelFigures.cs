using System.Globalization;
using ConnectorKit.Diagnostics;
using ConnectorKit.Import;
using ConnectorKit.Loading;

namespace ConnectorKit.Tests.Import;

/// <summary>
/// Figures about imported models: lines a person reads (neither blank nor comment) per non-blank line of the original
/// apiDefinition.swagger.json and apiProperties.json, and the raw blocks they keep, by kind ("where key").
/// </summary>
public sealed record ImportedModelFigures(
    int Models,
    double MedianLinePercent,
    double RawSharePercent,
    IReadOnlyList<(string Kind, int Count)> RawKinds,
    IReadOnlyList<(string Connector, IReadOnlyList<string> Kinds)> RawModels)
{
    /// <summary>The model's keys whose content is written through raw.</summary>
    public static readonly IReadOnlySet<string> RawBlocks = new HashSet<string>(StringComparer.Ordinal)
    {
        "extensions", "propertiesExtensions", "pathExtensions", "uiExtensions", "schemaExtensions",
    };

    public static ImportedModelFigures Of(IEnumerable<RoundTripOutcome> outcomes)
    {
        var percents = new List<double>();
        var withRaw = 0;
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        var rawModels = new List<(string, IReadOnlyList<string>)>();
        foreach (var outcome in outcomes)
        {
            var modelLines = outcome.ModelFiles.Sum(f => ReadLines(f.Text));
            var jsonLines = new[] { "apiDefinition.swagger.json", "apiProperties.json" }
                .Select(name => Path.Combine(outcome.Folder, name))
                .Where(File.Exists)
                .Sum(path => File.ReadLines(path).Count(line => line.Trim().Length > 0));
            percents.Add(100.0 * modelLines / Math.Max(jsonLines, 1));

            var raw = outcome.ModelFiles.SelectMany(RawKeys).Distinct(StringComparer.Ordinal).ToList();
            if (raw.Count > 0)
            {
                withRaw++;
                rawModels.Add((Path.GetFileName(outcome.Folder), raw));
            }

            foreach (var kind in raw)
            {
                kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            }
        }

        percents.Sort();
        var median = percents.Count == 0 ? 0 : percents.Count % 2 == 1
            ? percents[percents.Count / 2]
            : (percents[(percents.Count / 2) - 1] + percents[percents.Count / 2]) / 2;
        return new ImportedModelFigures(
            percents.Count,
            median,
            percents.Count == 0 ? 0 : 100.0 * withRaw / percents.Count,
            [.. kinds.OrderByDescending(k => k.Value).ThenBy(k => k.Key, StringComparer.Ordinal).Select(k => (k.Key, k.Value))],
            [.. rawModels.OrderBy(m => m.Item1, StringComparer.Ordinal)]);
    }

    /// <summary>The raw blocks, and at the root the raw path items.</summary>
    private static bool IsRaw(string section, string key) => RawBlocks.Contains(key) || (section == "root" && key == "paths");

    /// <summary>Lines neither blank nor a comment: the measure of the issue.</summary>
    public static int ReadLines(string text) =>
        text.Split('\n').Count(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith('#'));

    /// <summary>Each raw key of the model, named "section block key" (e.g. "schemas extensions x-nullable").</summary>
    private static IEnumerable<string> RawKeys(ModelSourceFile file)
    {
        var root = YamlTreeParser.Parse(file.Text, file.RelativePath, new DiagnosticBag());
        return root is MappingNode mapping ? Walk("root", mapping) : [];
    }

    /// <summary>
    /// Walks the model; below a schema's <c>properties</c> the keys are property names, so a property named
    /// <c>extensions</c> is not a raw block.
    /// </summary>
    private static IEnumerable<string> Walk(string section, SourceNode node, bool keysAreNames = false) => node switch
    {
        MappingNode mapping => mapping.Entries.SelectMany(entry => !keysAreNames && IsRaw(section, entry.Key.Text) && entry.Value is MappingNode raw
            ? raw.Entries.Select(key => string.Create(CultureInfo.InvariantCulture, $"{section} {entry.Key.Text} {(entry.Key.Text == "paths" ? "(path item)" : key.Key.Text)}"))
            : Walk(section == "root" ? entry.Key.Text : section, entry.Value, !keysAreNames && entry.Key.Text == "properties")),
        SequenceNode sequence => sequence.Items.SelectMany(item => Walk(section, item)),
        _ => [],
    };
}
