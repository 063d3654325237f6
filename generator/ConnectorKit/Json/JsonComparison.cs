using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConnectorKit.Json;

/// <summary>
/// Compares JSON values as the round trip promises: objects as maps (key order ignored), arrays in order, strings
/// ordinally and numbers by their text (1.0 and 1 differ).
/// </summary>
public static class JsonComparison
{
    /// <summary>The first pointer (in document order of <paramref name="expected"/>) where the values differ, or null.</summary>
    public static string? FirstDifference(JsonNode? expected, JsonNode? actual, string pointer = JsonPointer.Root)
    {
        switch (expected, actual)
        {
            case (JsonObject left, JsonObject right):
                foreach (var (key, value) in left)
                {
                    var child = JsonPointer.Append(pointer, key);
                    if (!right.TryGetPropertyValue(key, out var other))
                    {
                        return child;
                    }

                    if (FirstDifference(value, other, child) is { } difference)
                    {
                        return difference;
                    }
                }

                return right.Select(p => p.Key).FirstOrDefault(key => !left.ContainsKey(key)) is { } extra ? JsonPointer.Append(pointer, extra) : null;
            case (JsonArray left, JsonArray right):
                for (var i = 0; i < Math.Min(left.Count, right.Count); i++)
                {
                    if (FirstDifference(left[i], right[i], JsonPointer.Append(pointer, i)) is { } difference)
                    {
                        return difference;
                    }
                }

                return left.Count == right.Count ? null : JsonPointer.Append(pointer, Math.Min(left.Count, right.Count));
            case (JsonValue left, JsonValue right):
                return SameScalar(left, right) ? null : pointer;
            default:
                return expected is null && actual is null ? null : pointer;
        }
    }

    public static bool AreEqual(JsonNode? expected, JsonNode? actual) => FirstDifference(expected, actual) is null;

    /// <summary>
    /// The parts of <paramref name="kept"/> that <paramref name="replacement"/> drops or changes, in document order;
    /// none when the replacement keeps all of it: it may add keys and items, put items in another order and restate values.
    /// </summary>
    public static IEnumerable<JsonLoss> Losses(JsonNode? kept, JsonNode? replacement, string pointer = JsonPointer.Root)
    {
        switch (kept, replacement)
        {
            case (JsonObject left, JsonObject right):
                foreach (var (key, value) in left)
                {
                    var child = JsonPointer.Append(pointer, key);
                    var losses = right.TryGetPropertyValue(key, out var other) ? Losses(value, other, child) : [new JsonLoss(child, $"drops '{key}'")];
                    foreach (var loss in losses)
                    {
                        yield return loss;
                    }
                }

                break;
            case (JsonArray left, JsonArray right):
                var unmatched = right.ToList();
                for (var i = 0; i < left.Count; i++)
                {
                    var match = unmatched.FindIndex(item => !Losses(left[i], item).Any());
                    if (match < 0)
                    {
                        yield return new JsonLoss(JsonPointer.Append(pointer, i), $"drops {Brief(left[i])}");
                    }
                    else
                    {
                        unmatched.RemoveAt(match);
                    }
                }

                break;
            default:
                if (!AreEqual(kept, replacement))
                {
                    yield return new JsonLoss(pointer, $"changes {Brief(kept)} to {Brief(replacement)}");
                }

                break;
        }
    }

    /// <summary>A value as JSON text, cut short for a message.</summary>
    private static string Brief(JsonNode? node)
    {
        const int MaxLength = 60;
        var text = node?.ToJsonString() ?? "null";
        return text.Length <= MaxLength ? text : text[..MaxLength] + "...";
    }

    private static bool SameScalar(JsonValue left, JsonValue right)
    {
        var kind = left.GetValueKind();
        if (kind != right.GetValueKind())
        {
            return false;
        }

        return kind == JsonValueKind.String
            ? string.Equals(left.GetValue<string>(), right.GetValue<string>(), StringComparison.Ordinal)
            : left.ToJsonString() == right.ToJsonString();
    }
}

/// <summary>Where (a JSON pointer) a replacement loses part of a value, and how ("drops 'x'", "changes 1 to 2").</summary>
public sealed record JsonLoss(string Pointer, string What);
