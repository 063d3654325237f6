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

    /// <summary>Constraints the model's keys say: required as "true" or "false", tabIndex a whole number, clearText and hidden true or false.</summary>
    private static bool TypedConstraints(JsonObject constraints) =>
        constraints.Count > 0
        && constraints.All(p => p.Key switch
        {
            "required" => p.Value.Text() is "true" or "false",
            "tabIndex" => p.Value is JsonValue number && number.GetValueKind() == System.Text.Json.JsonValueKind.Number && number.TryGetValue<int>(out _),
            "clearText" or "hidden" => p.Value is JsonValue flag && flag.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False,
            _ => false,
        });

    private static JsonObject Fallback(JsonObject parameter) => new JsonObject
    {
        ["type"] = parameter.Child("type").Text() ?? "string",
        ["required"] = null,
    }.PutIfAny("extensions", YamlShapes.Rest(parameter, parameter.Child("type").Text() is null ? [] : ["type"]));
}
