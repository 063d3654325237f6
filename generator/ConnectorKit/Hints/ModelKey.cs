using System.Text.Json.Nodes;

namespace ConnectorKit.Hints;

/// <summary>
/// A model key: its path ('/' between nested keys, the first one the section or record it is in) and, where the model
/// says with a flag what the swagger says with a whole object (<c>picker: { list: true }</c>), the value it takes.
/// </summary>
public sealed record ModelKey(string Path, JsonNode? FixedValue = null)
{
    public IReadOnlyList<string> Segments => Path.Split('/');
}
