using System.Text.Json.Nodes;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Expansion;

/// <summary>Builds <c>apiProperties.json</c>: <c>properties</c> in canonical key order.</summary>
internal sealed class ApiPropertiesExpander
{
    private const string PropertiesPointer = "/properties";

    private readonly OriginRecorder _origins;
    private readonly ConnectionParameterExpander _connectionParameters;
    private readonly ConnectionParameterSetsExpander _connectionParameterSets;
    private readonly PolicyExpander _policies;

    public ApiPropertiesExpander(OriginRecorder origins)
    {
        _origins = origins;
        _connectionParameters = new ConnectionParameterExpander(origins, new AuthParameterExpander(origins, new OAuthSettingsExpander(origins)));
        _connectionParameterSets = new ConnectionParameterSetsExpander(origins, _connectionParameters);
        _policies = new PolicyExpander(origins);
    }

    public JsonObject Expand(ConnectorModel model)
    {
        var info = model.Info;
        _origins.Record(JsonPointer.Root, info.Position);
        _origins.Record(PropertiesPointer, info.Position);
        var properties = new JsonObject();
        var connectionParameters = _connectionParameters.ExpandAll(model.Auth, model.ConnectionParameters, Child("connectionParameters"));
        if (connectionParameters.Count > 0 || info.EmptyConnectionParameters)
        {
            properties["connectionParameters"] = connectionParameters;
        }

        if (model.ConnectionParameterSets is { } sets)
        {
            properties["connectionParameterSets"] = _connectionParameterSets.Expand(sets, Child("connectionParameterSets"));
        }

        properties.AddIfPresent("iconBrandColor", info.BrandColor);
        if (info.Capabilities is { } capabilities)
        {
            properties["capabilities"] = JsonObjectExtensions.Strings(capabilities);
        }

        var policies = _policies.ExpandAll(model.Policies, Child("policyTemplateInstances"));
        if (policies.Count > 0 || model.ListsPolicies)
        {
            properties["policyTemplateInstances"] = policies;
        }

        if (model.Script is { } script && (script.Operations.Count > 0 || script.ListsOperations))
        {
            var scriptPointer = Child("scriptOperations");
            _origins.Record(scriptPointer, script.Position);
            for (var i = 0; i < script.Operations.Count; i++)
            {
                _origins.Record(JsonPointer.Append(scriptPointer, i), script.Operations[i].Position);
            }

            properties["scriptOperations"] = JsonObjectExtensions.Strings(script.Operations.Select(o => o.Name));
        }

        properties.AddIfPresent("publisher", info.Publisher)
            .AddIfPresent("stackOwner", info.StackOwner);
        _origins.AppendExtensions(properties, model.PropertiesExtensions, PropertiesPointer);
        return new JsonObject { ["properties"] = properties };
    }

    private static string Child(string key) => JsonPointer.Append(PropertiesPointer, key);
}
