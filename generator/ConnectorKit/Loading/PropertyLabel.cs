namespace ConnectorKit.Loading;

/// <summary>
/// What the label of a one-line property (<c>TYPE | LABEL | DESCRIPTION</c>) writes, for the whole model:
/// <c>x-ms-summary</c> by default, or the schema's <c>title</c> with <c>connector: propertyLabel: title</c> (connectors
/// that label their outputs with titles).
/// </summary>
internal sealed record PropertyLabel(string Word, string Key)
{
    public const string ConnectorKey = "propertyLabel";

    public static readonly PropertyLabel Summary = new("summary", "x-ms-summary");

    public static readonly PropertyLabel Title = new("title", "title");

    public static readonly IReadOnlyList<string> Words = [Summary.Word, Title.Word];

    /// <summary>
    /// The key the model's files say, looked up before any schema is read (the connector section may be in any file);
    /// a wrong value is reported where the connector section is read, and the default applies.
    /// </summary>
    public static string Find(IEnumerable<SourceNode> roots) =>
        roots.OfType<MappingNode>()
            .SelectMany(root => root.Entries.Where(e => e.Key.Text == "connector").Select(e => e.Value).OfType<MappingNode>())
            .SelectMany(connector => connector.Entries.Where(e => e.Key.Text == ConnectorKey).Select(e => e.Value).OfType<ScalarNode>())
            .Any(value => value.Text == Title.Word)
            ? Title.Key
            : Summary.Key;
}
