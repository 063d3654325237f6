using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Import;

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
