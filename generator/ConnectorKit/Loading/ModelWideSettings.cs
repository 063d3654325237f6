namespace ConnectorKit.Loading;

/// <summary>
/// The keys of the connector section that change how other sections read (<c>propertyLabel</c>, <c>markOptional</c>),
/// looked up before any file is read, since the connector section may be in any file. A wrong value is reported where
/// the connector section is read, and the default applies.
/// </summary>
internal static class ModelWideSettings
{
    public const string MarkOptionalKey = "markOptional";

    public static void Apply(IEnumerable<SourceNode> roots, LoadContext context)
    {
        var settings = roots.OfType<MappingNode>()
            .SelectMany(root => root.Entries.Where(e => e.Key.Text == "connector").Select(e => e.Value).OfType<MappingNode>())
            .SelectMany(connector => connector.Entries)
            .ToList();
        context.PropertyLabelKey = settings.Any(e => e.Key.Text == PropertyLabel.ConnectorKey && e.Value is ScalarNode { Text: "title" })
            ? PropertyLabel.Title.Key
            : PropertyLabel.Summary.Key;
        context.MarkOptional = !settings.Any(e => e.Key.Text == MarkOptionalKey && e.Value is ScalarNode { IsPlain: true, Text: "false" });
    }
}
