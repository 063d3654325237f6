using System.Reflection;

namespace ConnectorKit.Cli;

/// <summary>
/// The documentation that ships inside the tool (the repository's docs/*.md, embedded at build time), so help that
/// points at a topic works for an installed tool with no checkout: <c>connectorkit help validator</c>.
/// </summary>
internal static class HelpTopics
{
    private const string Prefix = "docs/";
    private const string Extension = ".md";

    private static readonly Assembly Assembly = typeof(HelpTopics).Assembly;

    /// <summary>The topic names (file names without .md), in ordinal order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(Extension, StringComparison.Ordinal))
            .Select(name => name[Prefix.Length..^Extension.Length])
            .Order(StringComparer.Ordinal)];

    /// <summary>The topic's Markdown text with LF line ends; null for an unknown topic.</summary>
    public static string? Read(string topic)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + topic + Extension);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
