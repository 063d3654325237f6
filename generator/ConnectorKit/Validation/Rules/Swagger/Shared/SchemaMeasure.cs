using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Shared;

/// <summary>The size of a schema once its <c>$ref</c>s are expanded: how deep its data nests and how many schemas it holds.</summary>
internal readonly record struct SchemaSize(int Depth, long Count)
{
    public static SchemaSize Empty { get; } = new(0, 0);
}

/// <summary>
/// Measures schemas with local references expanded, as the platform sees them. A reference back into a definition
/// that is being expanded (recursion) ends the branch there; each definition is measured once and the result reused,
/// so large shared schemas stay cheap. Broken references count as nothing: other rules report them.
/// </summary>
internal sealed class SchemaMeasure(JsonObject root)
{
    private readonly Dictionary<string, SchemaSize> _definitions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _expanding = new(StringComparer.Ordinal);

    public SchemaSize Measure(SchemaEntry schema)
    {
        if (schema.Node.Child("$ref").StringOrNull() is { } reference)
        {
            return MeasureDefinition(reference);
        }

        var depth = 1;
        var count = 1L;
        foreach (var child in DocumentSchemas.Children(schema))
        {
            var size = Measure(child);
            depth = Math.Max(depth, size.Depth + (child.IsNested ? 1 : 0));
            count = Math.Min(count + size.Count, int.MaxValue);
        }

        return new SchemaSize(depth, count);
    }

    private SchemaSize MeasureDefinition(string reference)
    {
        if (ReferenceCheck.Check(root, reference, "definitions") != ReferenceProblem.None)
        {
            return SchemaSize.Empty;
        }

        var name = JsonPointer.Split(Uri.UnescapeDataString(reference[1..]))[1];
        if (_definitions.TryGetValue(name, out var known))
        {
            return known;
        }

        if (!_expanding.Add(name) || root.Child("definitions").Child(name) is not JsonObject definition)
        {
            return SchemaSize.Empty;
        }

        var pointer = JsonPointer.Append("/definitions", name);
        var size = Measure(new SchemaEntry(definition, pointer, SchemaFlow.Either, null, SchemaLink.Root));
        _expanding.Remove(name);
        _definitions[name] = size;
        return size;
    }
}
