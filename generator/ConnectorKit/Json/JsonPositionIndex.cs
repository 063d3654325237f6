using ConnectorKit.Diagnostics;

namespace ConnectorKit.Json;

/// <summary>Where each JSON pointer of a file starts (its key, or the value for array items and the root).</summary>
public sealed class JsonPositionIndex
{
    private readonly Dictionary<string, SourcePosition> _positions;

    public JsonPositionIndex(string file, Dictionary<string, SourcePosition> positions)
    {
        File = file;
        _positions = positions;
    }

    public string File { get; }

    public static JsonPositionIndex Empty(string file) => new(file, []);

    /// <summary>The position of the pointer, or of its nearest ancestor that has one.</summary>
    public SourcePosition Find(string pointer)
    {
        for (string? current = pointer; current is not null; current = JsonPointer.Parent(current))
        {
            if (_positions.TryGetValue(current, out var position))
            {
                return position;
            }
        }

        return new SourcePosition(File, 0, 0);
    }

    public bool TryGet(string pointer, out SourcePosition position) => _positions.TryGetValue(pointer, out position);
}
