using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Expansion;

/// <summary>
/// Writes <c>enum</c> and, when any value has a display name, <c>x-ms-enum-values</c> (for parameters and for the
/// properties of a webhook's subscribe body alike).
/// </summary>
internal sealed class EnumExpander(OriginRecorder origins)
{
    public void AddTo(JsonObject target, IReadOnlyList<EnumValueModel> values, string pointer)
    {
        if (values.Count == 0)
        {
            return;
        }

        var enumPointer = JsonPointer.Append(pointer, "enum");
        var enumValues = new JsonArray();
        foreach (var value in values)
        {
            origins.Record(JsonPointer.Append(enumPointer, enumValues.Count), value.Position);
            enumValues.Add(value.Value?.DeepClone());
        }

        target["enum"] = enumValues;
        if (values.All(v => v.DisplayName is null))
        {
            return;
        }

        var displayPointer = JsonPointer.Append(pointer, "x-ms-enum-values");
        var displayValues = new JsonArray();
        foreach (var value in values)
        {
            origins.Record(JsonPointer.Append(displayPointer, displayValues.Count), value.Position);
            displayValues.Add(new JsonObject
            {
                ["value"] = value.Value?.DeepClone(),
                ["displayName"] = value.DisplayName ?? TextOf(value.Value),
            });
        }

        target["x-ms-enum-values"] = displayValues;
    }

    /// <summary>A value without a display name shows as itself.</summary>
    private static string TextOf(JsonNode? value) =>
        value is JsonValue scalar && scalar.GetValueKind() == JsonValueKind.String ? scalar.GetValue<string>() : value?.ToJsonString() ?? "null";
}
