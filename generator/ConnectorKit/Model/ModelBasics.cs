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

    /// <summary>
    /// The positions recorded at and below <paramref name="relativeRoot"/>, found by walking the value there: scanning
    /// every position for each subtree made a raw object of n keys cost n² (a model with 20,000 extensions took minutes).
    /// </summary>
    public IEnumerable<KeyValuePair<string, SourcePosition>> PositionsBelow(string relativeRoot)
    {
        var pending = new Stack<(string Pointer, JsonNode? Node)>([(relativeRoot, NodeAt(relativeRoot))]);
        while (pending.TryPop(out var current))
        {
            if (Positions.TryGetValue(current.Pointer, out var position))
            {
                yield return KeyValuePair.Create(current.Pointer, position);
            }

            switch (current.Node)
            {
                case JsonObject obj:
                    foreach (var (key, child) in obj)
                    {
                        pending.Push((Json.JsonPointer.Append(current.Pointer, key), child));
                    }

                    break;
                case JsonArray array:
                    for (var index = 0; index < array.Count; index++)
                    {
                        pending.Push((Json.JsonPointer.Append(current.Pointer, index), array[index]));
                    }

                    break;
            }
        }
    }

    private JsonNode? NodeAt(string relativePointer)
    {
        var node = Value;
        foreach (var token in Json.JsonPointer.Split(relativePointer))
        {
            node = node switch
            {
                JsonObject obj => obj[token],
                JsonArray array when int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < array.Count => array[index],
                _ => null,
            };
        }

        return node;
    }
}

/// <summary>One allowed value of an enum, with the display name the designer shows (x-ms-enum-values).</summary>
public sealed record EnumValueModel(JsonNode? Value, string? DisplayName, SourcePosition Position);

/// <summary>
/// One entry of <c>x-ms-enum-values</c> written out (<c>enumValues:</c>), for lists the mapping form of <c>enum</c>
/// cannot say: entries in another order than the values, values without an entry, values of any JSON scalar type.
/// </summary>
public sealed record EnumEntryModel(
    JsonNode? Value, string DisplayName, bool DisplayNameFirst, SourcePosition Position);
