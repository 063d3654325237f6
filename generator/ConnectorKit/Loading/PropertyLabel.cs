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
}
