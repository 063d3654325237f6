using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Expansion;

/// <summary>
/// Records the origin of every node an expander emits into one file, and copies raw model subtrees (schemas,
/// extensions, raw values) into the output together with the positions of their nested nodes.
/// </summary>
internal sealed class OriginRecorder(DefinitionOrigins origins, DefinitionFileKind file)
{
    public void Record(string pointer, SourcePosition position) => origins.Record(file, pointer, position);

    /// <summary>A deep copy of a raw value; the output never shares nodes with the model.</summary>
    public JsonNode? Copy(RawJson raw, string pointer)
    {
        RecordSubtree(pointer, raw, JsonPointer.Root);
        return raw.Value?.DeepClone();
    }

    /// <summary>A deep copy of a schema in which every bare <c>$ref: Name</c> points into <c>#/definitions</c>.</summary>
    public JsonNode? CopySchema(RawJson raw, string pointer)
    {
        var copy = Copy(raw, pointer);
        SchemaReferences.Qualify(copy);
        return copy;
    }

    /// <summary>Writes the keys of a raw object at the end of <paramref name="target"/>: the model's escape hatch.</summary>
    public void AppendExtensions(JsonObject target, RawJson? extensions, string targetPointer)
    {
        if (extensions?.Value is not JsonObject keys)
        {
            return;
        }

        foreach (var (key, value) in keys)
        {
            var relative = JsonPointer.Append(JsonPointer.Root, key);
            target[key] = value?.DeepClone();
            RecordSubtree(JsonPointer.Append(targetPointer, key), extensions, relative);
        }
    }

    /// <summary>
    /// Records the positions of the raw nodes at and below <paramref name="relativeRoot"/>, moved to sit below
    /// <paramref name="pointer"/> in the output.
    /// </summary>
    public void RecordSubtree(string pointer, RawJson raw, string relativeRoot)
    {
        Record(pointer, raw.PositionOf(relativeRoot));
        foreach (var (relative, position) in raw.Positions)
        {
            if (relative.Length > relativeRoot.Length && relative.StartsWith(relativeRoot + "/", StringComparison.Ordinal))
            {
                Record(pointer + relative[relativeRoot.Length..], position);
            }
        }
    }
}
