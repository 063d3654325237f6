using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Json;
using ConnectorKit.Loading;

namespace ConnectorKit.Import;

/// <summary>
/// Imports one apiProperties connection parameter: type, labels, required and default, with other uiDefinition keys
/// under <c>uiExtensions</c> and other keys under <c>extensions</c>; else everything but the type written through.
/// </summary>
internal sealed class ConnectionParameterImporter(FragmentProbe probe)
{
    private static readonly string[] UiLabels = ["displayName", "description", "tooltip"];

    public JsonObject Import(string name, JsonNode? original)
    {
        var parameter = original as JsonObject ?? [];
        var highLevel = HighLevel(parameter);
        return Reproduces(name, highLevel, original) ? highLevel : Fallback(parameter);
    }

    private bool Reproduces(string name, JsonObject yaml, JsonNode? original) => FragmentProbe.Reproduces(
        context => ConnectionParameterReader.Read(SourceNodeConverter.Entry(name, yaml), context),
        model => probe.ConnectionParameters.Expand(model, string.Empty),
        original);

    private static JsonObject HighLevel(JsonObject parameter)
    {
        var yaml = new JsonObject { ["type"] = parameter.Child("type").Text() ?? "string" };
        var taken = new HashSet<string>(StringComparer.Ordinal) { "type", "uiDefinition" };
        var ui = parameter.Child("uiDefinition") as JsonObject;
        var uiTaken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var label in UiLabels)
        {
            if (ui.Child(label).Text() is { } text)
            {
                yaml[label] = text;
                uiTaken.Add(label);
            }
        }

        if (ui.Child("constraints") is JsonObject constraints && TypedConstraints(constraints))
        {
            switch (constraints.Child("required").Text())
            {
                case null when IsFlag(constraints.Child("required")):
                    yaml["requiredFlag"] = constraints.Child("required")!.DeepClone();
                    break;
                case "true":
                    yaml["required"] = true;
                    break;
                case null:
                    yaml["required"] = null;
                    break;
            }

            foreach (var key in ConstraintKeys)
            {
                yaml.Put(key, constraints.Child(key));
            }

            if (constraints.Child("allowedValues") is JsonArray allowed)
            {
                yaml["allowedValues"] = new JsonObject(allowed.OfType<JsonObject>()
                    .Select(v => KeyValuePair.Create(v.Child("value").Text()!, (JsonNode?)v.Child("text").Text())));
            }

            uiTaken.Add("constraints");
        }
        else
        {
            yaml["required"] = null;
        }

        if (parameter.ContainsKey("defaultValue") && parameter.Child("defaultValue") is not null)
        {
            yaml["default"] = parameter.Child("defaultValue")!.DeepClone();
            taken.Add("defaultValue");
        }

        if (parameter.Child("allowedValues") is JsonArray values
            && values.All(v => v is JsonObject { Count: 1 } entry && entry.Child("value").Text() is not null))
        {
            yaml["values"] = YamlShapes.Strings(values.Select(v => v.Child("value").Text()!));
            taken.Add("allowedValues");
        }

        if (parameter.Child("metadata") is JsonObject { Count: 1 } metadata
            && metadata.Child("sourceType").Text() is { } sourceType)
        {
            yaml["sourceType"] = sourceType;
            taken.Add("metadata");
        }

        if (ui is not null)
        {
            yaml.PutIfAny("uiExtensions", YamlShapes.Rest(ui, uiTaken));
        }
        else
        {
            taken.Remove("uiDefinition");
        }

        return yaml.PutIfAny("extensions", YamlShapes.Rest(parameter, taken));
    }

    private static readonly string[] ConstraintKeys = ["tabIndex", "clearText", "hidden"];

    /// <summary>
    /// Constraints the model's keys say: required as "true" or "false", tabIndex a whole number, clearText true or
    /// false, hidden also as the text "true" or "false", allowedValues as distinct values each with a text.
    /// </summary>
    private static bool TypedConstraints(JsonObject constraints) =>
        constraints.Count > 0
        && constraints.All(p => p.Key switch
        {
            "required" => p.Value.Text() is "true" or "false" || IsFlag(p.Value),
            "tabIndex" => p.Value is JsonValue number && number.GetValueKind() == JsonValueKind.Number && number.TryGetValue<int>(out _),
            "clearText" => IsFlag(p.Value),
            "hidden" => IsFlag(p.Value) || p.Value.Text() is "true" or "false",
            "allowedValues" => p.Value is JsonArray values && values.All(IsAllowedValue)
                && values.Select(v => v.Child("value").Text()).Distinct(StringComparer.Ordinal).Count() == values.Count,
            _ => false,
        });

    private static bool IsFlag(JsonNode? node) => node.BooleanOrNull() is not null;

    private static bool IsAllowedValue(JsonNode? node) =>
        node is JsonObject { Count: 2 } pair && pair.Child("text").Text() is not null && pair.Child("value").Text() is not null;

    private static JsonObject Fallback(JsonObject parameter) => new JsonObject
    {
        ["type"] = parameter.Child("type").Text() ?? "string",
        ["required"] = null,
    }.PutIfAny("extensions", YamlShapes.Rest(parameter, parameter.Child("type").Text() is null ? [] : ["type"]));
}
