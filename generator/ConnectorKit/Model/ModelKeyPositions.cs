using ConnectorKit.Diagnostics;

namespace ConnectorKit.Model;

/// <summary>
/// Where each key of the model's mappings was written, by the position that introduces the mapping (the origin its
/// record keeps, such as the <c>connector:</c> key or a parameter's key). Records keep one position each; this lets a
/// message about one key of a record point at that key's line.
/// </summary>
public sealed class ModelKeyPositions
{
    private readonly Dictionary<SourcePosition, Dictionary<string, SourcePosition>> _mappings = [];

    /// <summary>The position of <paramref name="key"/> in the mapping introduced at <paramref name="mapping"/>, if it is written there.</summary>
    public bool TryFind(SourcePosition mapping, string key, out SourcePosition position)
    {
        position = SourcePosition.None;
        return _mappings.TryGetValue(mapping, out var keys) && keys.TryGetValue(key, out position);
    }

    internal void Record(SourcePosition mapping, IEnumerable<(string Key, SourcePosition Position)> keys)
    {
        if (!mapping.IsKnown)
        {
            return;
        }

        var known = _mappings.TryGetValue(mapping, out var existing) ? existing : _mappings[mapping] = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        foreach (var (key, position) in keys)
        {
            known.TryAdd(key, position);
        }
    }
}
