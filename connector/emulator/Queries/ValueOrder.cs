using System.Text.Json;
using System.Text.Json.Nodes;

namespace CustomerInsights.Emulator.Queries;

/// <summary>How attribute values compare, for $filter equality and $orderby: null first, numbers by value, text ordinally.</summary>
public static class ValueOrder
{
    public static int Compare(JsonNode? left, JsonNode? right, bool ignoreCase = false)
    {
        if (left is null || right is null)
        {
            return (left is null ? 0 : 1) - (right is null ? 0 : 1);
        }

        var leftKind = left.GetValueKind();
        var rightKind = right.GetValueKind();
        if (leftKind == JsonValueKind.Number && rightKind == JsonValueKind.Number)
        {
            return left.GetValue<double>().CompareTo(right.GetValue<double>());
        }

        if (leftKind is JsonValueKind.True or JsonValueKind.False && rightKind is JsonValueKind.True or JsonValueKind.False)
        {
            return left.GetValue<bool>().CompareTo(right.GetValue<bool>());
        }

        if (leftKind == JsonValueKind.String && rightKind == JsonValueKind.String)
        {
            return string.Compare(left.GetValue<string>(), right.GetValue<string>(), ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }

        // Values of different kinds order by kind, so a sort never fails on mixed data.
        return leftKind.CompareTo(rightKind);
    }
}
