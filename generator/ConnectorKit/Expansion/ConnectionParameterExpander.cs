using System.Text.Json.Nodes;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Expansion;

/// <summary>Builds apiProperties connection parameters: what a user enters when creating a connection.</summary>
internal sealed class ConnectionParameterExpander(OriginRecorder origins, AuthParameterExpander authParameters)
{
    /// <summary>
    /// A <c>connectionParameters</c> object: the parameter(s) the authentication needs first, then the others in
    /// model order.
    /// </summary>
    public JsonObject ExpandAll(AuthModel? auth, IReadOnlyList<ConnectionParameterModel> parameters, string pointer)
    {
        var node = new JsonObject();
        if (auth is not null)
        {
            authParameters.AddTo(node, auth, pointer);
        }

        foreach (var parameter in parameters)
        {
            node[parameter.Name] = Expand(parameter, JsonPointer.Append(pointer, parameter.Name));
        }

        return node;
    }

    public JsonObject Expand(ConnectionParameterModel parameter, string pointer)
    {
        origins.Record(pointer, parameter.Position);
        var node = new JsonObject { ["type"] = parameter.Type }
            .AddIfPresent("defaultValue", parameter.Default?.DeepClone())
            .AddIfPresent("allowedValues", parameter.Values is { } values
                ? new JsonArray([.. values.Select(v => (JsonNode)new JsonObject { ["value"] = v })])
                : null);
        var uiPointer = JsonPointer.Append(pointer, "uiDefinition");
        var uiDefinition = UiDefinition(parameter.DisplayName, parameter.Description, parameter.Tooltip, parameter.Required);
        if (parameter.RequiredFlag is { } flag)
        {
            uiDefinition["constraints"] = new JsonObject { ["required"] = flag };
        }

        AddConstraints(
            uiDefinition, parameter.TabIndex, parameter.ClearText, parameter.Hidden?.DeepClone(), AllowedValues(parameter.AllowedValues));
        origins.AppendExtensions(uiDefinition, parameter.UiExtensions, uiPointer);

        // Only "required: null" with no display keys leaves the uiDefinition out (the platform then shows the name).
        node.AddIfAny("uiDefinition", uiDefinition);
        if (parameter.SourceType is { } sourceType)
        {
            node["metadata"] = new JsonObject { ["sourceType"] = sourceType };
        }

        origins.AppendExtensions(node, parameter.Extensions, pointer);
        return node;
    }

    /// <summary>The constraints beside <c>required</c>, after it.</summary>
    public static void AddConstraints(
        JsonObject uiDefinition, int? tabIndex, bool? clearText, JsonNode? hidden = null, JsonArray? allowedValues = null)
    {
        var constraints = uiDefinition["constraints"] as JsonObject ?? [];
        constraints.AddIfPresent("tabIndex", tabIndex)
            .AddIfPresent("clearText", clearText)
            .AddIfPresent("hidden", hidden)
            .AddIfPresent("allowedValues", allowedValues);
        if (constraints.Count > 0 && constraints.Parent is null)
        {
            uiDefinition["constraints"] = constraints;
        }
    }

    /// <summary><c>allowedValues</c> as the designer reads them: <c>{ text, value }</c> for each.</summary>
    private static JsonArray? AllowedValues(IReadOnlyList<KeyValuePair<string, string>>? values) =>
        values is null
            ? null
            : new JsonArray([.. values.Select(v => (JsonNode)new JsonObject { ["text"] = v.Value, ["value"] = v.Key })]);

    /// <summary>The designer's view of a parameter; the platform wants <c>required</c> as the string "true" or "false".</summary>
    public static JsonObject UiDefinition(string? displayName, string? description, string? tooltip, bool? required)
    {
        var uiDefinition = new JsonObject()
            .AddIfPresent("displayName", displayName)
            .AddIfPresent("description", description)
            .AddIfPresent("tooltip", tooltip);
        if (required is { } value)
        {
            uiDefinition["constraints"] = new JsonObject { ["required"] = value ? "true" : "false" };
        }

        return uiDefinition;
    }
}
