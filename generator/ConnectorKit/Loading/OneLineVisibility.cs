namespace ConnectorKit.Loading;

/// <summary>
/// The visibility of a one-line property, a word after its type: <c>string advanced | Label | Description</c> stands
/// for <c>x-ms-visibility: advanced</c> beside the type.
/// </summary>
internal static class OneLineVisibility
{
    /// <summary>The type part without its visibility word, and that word (null when there is none).</summary>
    public static (string Type, string? Visibility) Split(string typePart)
    {
        var space = typePart.LastIndexOf(' ');
        var word = typePart[(space + 1)..];
        return space > 0 && ParameterReader.Visibilities.Contains(word)
            ? (typePart[..space].TrimEnd(), word)
            : (typePart, null);
    }

    /// <summary>The type part for a type and an optional visibility.</summary>
    public static string Join(string type, string? visibility) => visibility is null ? type : $"{type} {visibility}";
}
