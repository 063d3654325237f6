using ConnectorKit.Diagnostics;
using ConnectorKit.Json;

namespace ConnectorKit.Expansion;

/// <summary>
/// Where each node of an expanded definition came from: for both files, JSON pointer to the position of the model node
/// that produced it. Findings on generated output are reported at the YAML that caused them.
/// </summary>
public sealed class DefinitionOrigins
{
    private readonly Dictionary<string, SourcePosition> _apiDefinition = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourcePosition> _apiProperties = new(StringComparer.Ordinal);

    /// <summary>The origin of the pointer, or of its nearest ancestor that has one; <see cref="SourcePosition.None"/> if none has.</summary>
    public SourcePosition Find(DefinitionFileKind file, string pointer)
    {
        var map = MapOf(file);
        return JsonPointer.SelfAndAncestors(pointer).Where(map.ContainsKey).Select(p => map[p]).DefaultIfEmpty(SourcePosition.None).First();
    }

    /// <summary>The origin recorded for exactly this pointer.</summary>
    public bool TryGet(DefinitionFileKind file, string pointer, out SourcePosition position) =>
        MapOf(file).TryGetValue(pointer, out position);

    /// <summary>Every recorded pointer of one file with its origin.</summary>
    public IReadOnlyDictionary<string, SourcePosition> Pointers(DefinitionFileKind file) => MapOf(file);

    /// <summary>
    /// The origins as a position index, so code written for definitions read from JSON files reports findings on a
    /// generated definition at the YAML instead.
    /// </summary>
    public JsonPositionIndex ToPositionIndex(DefinitionFileKind file) =>
        new(Find(file, JsonPointer.Root).File, new Dictionary<string, SourcePosition>(MapOf(file), StringComparer.Ordinal));

    internal void Record(DefinitionFileKind file, string pointer, SourcePosition position)
    {
        // An unknown position would hide the better one of an ancestor.
        if (position.IsKnown)
        {
            MapOf(file)[pointer] = position;
        }
    }

    private Dictionary<string, SourcePosition> MapOf(DefinitionFileKind file) =>
        file == DefinitionFileKind.ApiDefinition ? _apiDefinition : _apiProperties;
}
