using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Import;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Hints;

/// <summary>
/// The terms of a model: keys as the model names them (<see cref="ModelKeyTable"/>), values as model YAML, at the
/// line of the model key. A generated node has the position of the model record it came from (its origins); the key
/// within that record is found in the model's key positions, so a finding about a parameter's encoding points at its
/// <c>urlEncoding:</c> line, and one about a missing key at the record where it belongs.
/// </summary>
internal sealed class ModelTerms(ModelKeyPositions keys) : AuthorTerms
{
    public override SourcePosition Locate(JsonPositionIndex positions, DefinitionFileKind file, string pointer)
    {
        var (origin, below) = NearestOrigin(positions, pointer);
        if (below.Count == 0)
        {
            return origin;
        }

        // Only a key of the record itself (or one the table knows) is looked up: deeper nodes of a record have no key
        // of their own in the model.
        var relative = string.Join('/', below);
        return ModelKeyTable.Find(file, relative) is { } modelKey ? Walk(origin, modelKey.Segments)
            : below.Count == 1 ? Walk(origin, below)
            : origin;
    }

    public override SourcePosition Locate(JsonPositionIndex positions, PlacedFix fix)
    {
        var (origin, below) = NearestOrigin(positions, fix.Pointer);
        return below.Count == 0 ? origin : Walk(origin, ModelKeyTable.For(fix.Fix.File, fix.Fix.Key).Segments);
    }

    protected override ModelKey Spell(DefinitionFileKind file, string key) => ModelKeyTable.For(file, key);

    protected override string Literal(JsonNode? value) => value is null ? "..." : YamlTextWriter.Inline(value);

    protected override string Pair(string key, string literal) => key + ": " + literal;

    protected override string Quoted(string written) => $"'{written}'";

    /// <summary>The position of the pointer's nearest node that has one, and the keys below that node down to the pointer.</summary>
    private static (SourcePosition Origin, IReadOnlyList<string> Below) NearestOrigin(JsonPositionIndex positions, string pointer)
    {
        foreach (var ancestor in JsonPointer.SelfAndAncestors(pointer))
        {
            if (positions.TryGet(ancestor, out var position))
            {
                return (position, JsonPointer.Split(pointer.Substring(ancestor.Length)));
            }
        }

        return (positions.Find(pointer), []);
    }

    /// <summary>
    /// From a record's position down its keys: each model key written in the mapping reached so far is the next place;
    /// the first key not written leaves the place where it belongs.
    /// </summary>
    private SourcePosition Walk(SourcePosition origin, IReadOnlyList<string> modelPath)
    {
        var place = origin;
        foreach (var key in modelPath)
        {
            if (!keys.TryFind(place, key, out var position))
            {
                break;
            }

            place = position;
        }

        return place;
    }
}
