using System.Globalization;
using System.Text.Json.Nodes;
using ConnectorKit.Json;
using CsCheck;

namespace ConnectorKit.Tests.Robustness.Fuzzing;

internal enum MutationKind
{
    /// <summary>The node becomes the mutation's value (most often one of another kind).</summary>
    Replace,

    /// <summary>The node is removed from its object or array.</summary>
    Delete,

    /// <summary>A copy of the node is added beside it.</summary>
    Duplicate,

    /// <summary>The node becomes a copy of another node of the tree (a schema where a parameter was, a path under info).</summary>
    Graft,

    /// <summary>The node is wrapped in many levels of arrays and objects.</summary>
    Nest,

    /// <summary>The node's key is renamed.</summary>
    RenameKey,

    /// <summary>A key (one the seeds use, most often) is added with the mutation's value.</summary>
    InsertKey,

    /// <summary>The node gets a <c>$ref</c> to itself or to one of its ancestors: a reference cycle.</summary>
    SelfReference,

    /// <summary>
    /// A key that names a file or folder, or from which file names are made (a title names the client's files), is set
    /// to a hostile path.
    /// </summary>
    SetPath,
}

/// <summary>
/// One change to a JSON tree. <see cref="Target"/> and <see cref="Other"/> pick nodes by their index in document order
/// (modulo the number of nodes), so a mutation applies to any tree and shrinks towards the root.
/// </summary>
internal sealed record Mutation(MutationKind Kind, int Target, int Other, string Key, JsonNode? Value)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Kind}(node {Target}, other {Other}, key {Shorten(Key)}, value {Shorten(Value?.ToJsonString() ?? "null")})");

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + $"... ({text.Length} chars)";
}

/// <summary>
/// Structured mangling of a JSON tree (a connector's JSON files, or a model's YAML read as JSON): nodes replaced by
/// values of other kinds, deleted, duplicated, moved, nested deeply, renamed, keys added, reference cycles made and
/// path keys set to paths that leave their folder. What every value can be comes from <see cref="Values"/>.
/// </summary>
internal sealed class JsonMangler
{
    private readonly string[] _keys;
    private readonly string[] _pathPointers;
    private readonly IReadOnlyDictionary<string, (string Key, string Value)[]>? _companions;

    /// <param name="keys">Keys worth adding: the seeds' own keys (so mutations stay close to valid input) and hostile ones.</param>
    /// <param name="pathPointers">The keys that name files (<c>/connector/icon</c>, <c>/client/output</c>) or name them (<c>/info/title</c>).</param>
    /// <param name="companions">Keys and values that the object holding a path key needs beside it (a client's namespace).</param>
    public JsonMangler(IEnumerable<string> keys, IEnumerable<string> pathPointers, IReadOnlyDictionary<string, (string Key, string Value)[]>? companions = null)
    {
        _keys = [.. keys.Concat(["$ref", "", "__proto__", "../x", "a/b", "~1", "x-ms-visibility", "x-ms-trigger", "allOf", "items", "properties"]).Distinct(StringComparer.Ordinal)];
        _pathPointers = [.. pathPointers];
        _companions = companions;
        Values = Gen.Recursive<JsonNode?>((depth, values) =>
        {
            IGen<JsonNode?>[] scalars =
            [
                HostileText.Any.Select(text => (JsonNode?)JsonValue.Create(text)),
                HostileText.Any.Select(text => (JsonNode?)JsonValue.Create(text)),
                Gen.OneOf(_keys).Select(text => (JsonNode?)JsonValue.Create(text)),
                Gen.Int.Select(number => (JsonNode?)JsonValue.Create(number)),
                Gen.OneOf("1e400", "-0", "0.1", "1.0", "12345678901234567890123", "-9223372036854775809", "1E-400").Select(text => JsonNode.Parse(text)),
                Gen.Double.Select(number => (JsonNode?)JsonValue.Create(double.IsFinite(number) ? number : 0.5)),
                Gen.Bool.Select(flag => (JsonNode?)JsonValue.Create(flag)),
                Gen.Const(() => (JsonNode?)null),
            ];
            return depth >= 3 ? Gen.OneOf(scalars) : Gen.OneOf(
            [
                .. scalars,
                values.Array[0, 4].Select(items => (JsonNode?)new JsonArray([.. items])),
                Gen.Select(Gen.OneOf(_keys).Array[0, 4], values.Array[4], (keys, items) => (JsonNode?)ObjectOf(keys, items)),
            ]);
        });
        Mutations = Gen.Select(
            Gen.Enum<MutationKind>(),
            Gen.Int[0, 100_000],
            Gen.Int[0, 100_000],
            Gen.Frequency((3, Gen.OneOf(_keys)), (1, HostileText.Any)),
            Values,
            (kind, target, other, key, value) => new Mutation(kind, target, other, key, value));
    }

    /// <summary>Values of every kind, from hostile strings to small nested trees.</summary>
    public Gen<JsonNode?> Values { get; }

    public Gen<Mutation> Mutations { get; }

    /// <summary>A changed copy of <paramref name="root"/>.</summary>
    public JsonNode? Apply(JsonNode? root, IEnumerable<Mutation> mutations)
    {
        var current = root?.DeepClone();
        foreach (var mutation in mutations)
        {
            current = Apply(current, mutation);
        }

        return current;
    }

    private static JsonObject ObjectOf(string[] keys, JsonNode?[] values)
    {
        var obj = new JsonObject();
        for (var i = 0; i < keys.Length; i++)
        {
            obj[keys[i]] = values[i];
        }

        return obj;
    }

    private JsonNode? Apply(JsonNode? root, Mutation mutation)
    {
        var nodes = new List<Located>();
        Walk(root, JsonPointer.Root, parent: null, key: null, index: -1, nodes);
        var target = nodes[mutation.Target % nodes.Count];
        var other = nodes[mutation.Other % nodes.Count];
        switch (mutation.Kind)
        {
            case MutationKind.Replace:
                return Set(root, target, mutation.Value?.DeepClone());
            case MutationKind.Delete:
                return Remove(root, target);
            case MutationKind.Duplicate:
                return Duplicate(root, target);
            case MutationKind.Graft:
                return Set(root, target, other.Node?.DeepClone());
            case MutationKind.Nest:
                return Set(root, target, Nest(target.Node?.DeepClone(), 1 + (mutation.Other % 100), mutation.Key));
            case MutationKind.RenameKey:
                return Rename(root, target, mutation.Key);
            case MutationKind.InsertKey:
                return Insert(root, target, mutation.Key, mutation.Value?.DeepClone());
            case MutationKind.SelfReference:
                var ancestors = JsonPointer.SelfAndAncestors(target.Pointer).ToList();
                var referenced = ancestors[mutation.Other % ancestors.Count];
                return Insert(root, target, "$ref", JsonValue.Create("#" + referenced));
            default:
                return SetPath(root, _pathPointers[mutation.Target % _pathPointers.Length], HostileText.Paths[mutation.Other % HostileText.Paths.Length]);
        }
    }

    private static JsonNode? Set(JsonNode? root, Located target, JsonNode? value)
    {
        switch (target.Parent)
        {
            case null:
                return value;
            case JsonObject obj:
                obj[target.Key!] = value;
                break;
            case JsonArray array:
                array[target.Index] = value;
                break;
        }

        return root;
    }

    private static JsonNode? Remove(JsonNode? root, Located target)
    {
        switch (target.Parent)
        {
            case null:
                return null;
            case JsonObject obj:
                obj.Remove(target.Key!);
                break;
            case JsonArray array:
                array.RemoveAt(target.Index);
                break;
        }

        return root;
    }

    private static JsonNode? Duplicate(JsonNode? root, Located target)
    {
        switch (target.Parent)
        {
            case null:
                return new JsonArray(root?.DeepClone(), root?.DeepClone());
            case JsonObject obj:
                obj[target.Key + "2"] = target.Node?.DeepClone();
                break;
            case JsonArray array:
                array.Insert(target.Index, target.Node?.DeepClone());
                break;
        }

        return root;
    }

    private static JsonNode? Rename(JsonNode? root, Located target, string key)
    {
        if (target.Parent is not JsonObject obj || obj.ContainsKey(key))
        {
            return root;
        }

        var index = obj.IndexOf(target.Key!);
        obj.Remove(target.Key!);
        obj.Insert(index, key, target.Node);
        return root;
    }

    private static JsonNode? Insert(JsonNode? root, Located target, string key, JsonNode? value)
    {
        switch (target.Node)
        {
            case JsonObject obj:
                obj[key] = value;
                return root;
            case JsonArray array:
                array.Add(value);
                return root;
            default:
                return Set(root, target, new JsonObject { [key] = value });
        }
    }

    private static JsonNode Nest(JsonNode? node, int levels, string key)
    {
        var current = node;
        for (var level = 0; level < levels; level++)
        {
            current = level % 2 == 0 ? new JsonArray(current) : new JsonObject { [key] = current };
        }

        return current!;
    }

    /// <summary>Sets the path at the pointer, making the objects on the way (replacing what is not an object).</summary>
    private JsonNode? SetPath(JsonNode? root, string pointer, string path)
    {
        var tokens = JsonPointer.Split(pointer);
        var result = root as JsonObject ?? [];
        var current = result;
        foreach (var token in tokens.SkipLast(1))
        {
            if (current[token] is not JsonObject next)
            {
                next = [];
                current[token] = next;
            }

            current = next;
        }

        current[tokens[^1]] = path;
        foreach (var (key, value) in _companions?.GetValueOrDefault(pointer) ?? [])
        {
            current.TryAdd(key, value);
        }

        return result;
    }

    private static void Walk(JsonNode? node, string pointer, JsonNode? parent, string? key, int index, List<Located> nodes)
    {
        nodes.Add(new Located(node, pointer, parent, key, index));
        switch (node)
        {
            case JsonObject obj:
                foreach (var (childKey, child) in obj.ToList())
                {
                    Walk(child, JsonPointer.Append(pointer, childKey), obj, childKey, -1, nodes);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], JsonPointer.Append(pointer, i), array, null, i, nodes);
                }

                break;
        }
    }

    private sealed record Located(JsonNode? Node, string Pointer, JsonNode? Parent, string? Key, int Index);
}
