using System.Text.Json.Nodes;

namespace ConnectorKit.Hints;

/// <summary>
/// A key as an author writes it: its path within the record it belongs to ('/' between nested keys), the section it is
/// in when that is not the record the finding is about (<c>website</c> in <c>connector</c>), and, where the model says
/// with a flag what the swagger says with a whole object (<c>picker: { list: true }</c>), the value it takes.
/// </summary>
public sealed record ModelKey(string Path, JsonNode? FixedValue = null, string? Section = null)
{
    public IReadOnlyList<string> Segments => Path.Split('/');
}
