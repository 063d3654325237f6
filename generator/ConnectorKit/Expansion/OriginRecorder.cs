using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Expansion;

/// <summary>
/// Records the origin of every node an expander emits into one file, and copies raw model subtrees (schemas,
/// extensions, raw values) into the output together with the positions of their nested nodes. Raw keys that replace
/// what the model generates go through <see cref="WriteRaw"/>, the one place where raw content meets typed keys.
/// </summary>
internal sealed class OriginRecorder(DefinitionOrigins origins, DefinitionFileKind file, RawOverrideFindings overrides)
{
    /// <summary>Nodes the generator writes by itself, from no model key (such as IsFirstParty): raw content may replace them silently.</summary>
    private readonly HashSet<string> _fixed = new(StringComparer.Ordinal);

    public void Record(string pointer, SourcePosition position) => origins.Record(file, pointer, position);

    /// <summary>Marks a node (and what it holds) as the generator's own: no model key says it, so no raw key overrides one there.</summary>
    public void RecordFixed(string pointer) => _fixed.Add(pointer);

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
            WriteRaw(target, key, value, extensions, JsonPointer.Append(JsonPointer.Root, key), targetPointer);
        }
    }

    /// <summary>
    /// Writes one raw value under <paramref name="key"/> of <paramref name="target"/> (at the end, or in place of what
    /// the model generated there). The raw value wins; where it drops or changes what the model generated, CK2021 says
    /// so at the raw key (<paramref name="rawPointer"/> within <paramref name="raw"/>), naming where the model wrote it.
    /// </summary>
    public void WriteRaw(JsonObject target, string key, JsonNode? value, RawJson raw, string rawPointer, string targetPointer)
    {
        var pointer = JsonPointer.Append(targetPointer, key);
        if (target.TryGetPropertyValue(key, out var generated)
            && JsonComparison.Losses(generated, value).FirstOrDefault(loss => !IsFixed(pointer + loss.Pointer)) is { } lost)
        {
            overrides.Report(raw.PositionOf(rawPointer), key, file, pointer, lost, origins.Find(file, pointer + lost.Pointer));
        }

        target[key] = value?.DeepClone();
        RecordSubtree(pointer, raw, rawPointer);
    }

    private bool IsFixed(string pointer) => JsonPointer.SelfAndAncestors(pointer).Any(_fixed.Contains);

    /// <summary>
    /// Records the positions of the raw nodes at and below <paramref name="relativeRoot"/>, moved to sit below
    /// <paramref name="pointer"/> in the output.
    /// </summary>
    public void RecordSubtree(string pointer, RawJson raw, string relativeRoot)
    {
        Record(pointer, raw.PositionOf(relativeRoot));
        foreach (var (relative, position) in raw.PositionsBelow(relativeRoot).Where(p => p.Key.Length > relativeRoot.Length))
        {
            Record(pointer + relative[relativeRoot.Length..], position);
        }
    }
}
