using System.Text.Json.Nodes;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Expansion;

/// <summary>Builds apiProperties <c>connectionParameterSets</c>: the alternative ways to connect (multi-auth).</summary>
internal sealed class ConnectionParameterSetsExpander(OriginRecorder origins, ConnectionParameterExpander parameters)
{
    public JsonObject Expand(ConnectionParameterSetsModel sets, string pointer)
    {
        origins.Record(pointer, sets.Position);
        var valuesPointer = JsonPointer.Append(pointer, "values");
        var values = new JsonArray();
        foreach (var set in sets.Sets)
        {
            values.Add(ExpandSet(set, JsonPointer.Append(valuesPointer, values.Count)));
        }

        var uiDefinition = UiDefinition(sets.DisplayName, sets.Description);
        origins.AppendExtensions(uiDefinition, sets.UiExtensions, JsonPointer.Append(pointer, "uiDefinition"));
        return new JsonObject
        {
            ["uiDefinition"] = uiDefinition,
            ["values"] = values,
        };
    }

    private JsonObject ExpandSet(ConnectionParameterSetModel set, string pointer)
    {
        origins.Record(pointer, set.Position);
        var uiDefinition = UiDefinition(set.DisplayName, set.Description);
        origins.AppendExtensions(uiDefinition, set.UiExtensions, JsonPointer.Append(pointer, "uiDefinition"));
        var node = new JsonObject
        {
            ["name"] = set.Name,
            ["uiDefinition"] = uiDefinition,
            ["parameters"] = parameters.ExpandAll(set.Auth, set.Parameters, JsonPointer.Append(pointer, "parameters")),
        };
        if (set.AllowSharing is { } allowSharing)
        {
            node["metadata"] = new JsonObject { ["allowSharing"] = allowSharing };
        }

        origins.AppendExtensions(node, set.Extensions, pointer);
        return node;
    }

    private static JsonObject UiDefinition(string? displayName, string? description) => new JsonObject()
        .AddIfPresent("displayName", displayName)
        .AddIfPresent("description", description);
}
