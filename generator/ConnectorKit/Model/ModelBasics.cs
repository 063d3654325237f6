using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;

namespace ConnectorKit.Model;

/// <summary>A name the model refers to (an operation, schema, parameter, response), with where it was written.</summary>
public sealed record ModelReference(string Name, SourcePosition Position);

/// <summary>
/// A file or folder path the model writes (the icon, the script, the client's folder), with where its value was
/// written, so a path that leaves its folder is reported there.
/// </summary>
public sealed record ModelPath(string Text, SourcePosition Position);

/// <summary>
/// A subtree written as-is (schemas, extensions, raw values), converted from YAML to JSON. Positions are keyed by JSON
/// pointers relative to <see cref="Value"/>, so findings about any nested node point at its YAML line.
/// </summary>
public sealed record RawJson(JsonNode? Value, IReadOnlyDictionary<string, SourcePosition> Positions, SourcePosition Position)
{
    public SourcePosition PositionOf(string relativePointer)
    {
        for (string? current = relativePointer; current is not null; current = Json.JsonPointer.Parent(current))
        {
            if (Positions.TryGetValue(current, out var position))
            {
                return position;
            }
        }

        return Position;
    }
}

/// <summary>One allowed value of an enum, with the display name the designer shows (x-ms-enum-values).</summary>
public sealed record EnumValueModel(JsonNode? Value, string? DisplayName, SourcePosition Position);
