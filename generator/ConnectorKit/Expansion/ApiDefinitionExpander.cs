using System.Text.Json.Nodes;
using ConnectorKit.Json;
using ConnectorKit.Model;

namespace ConnectorKit.Expansion;

/// <summary>Builds <c>apiDefinition.swagger.json</c>: the swagger root in canonical key order, composed of the part expanders.</summary>
internal sealed class ApiDefinitionExpander
{
    private readonly OriginRecorder _origins;
    private readonly InfoExpander _info;
    private readonly SecurityExpander _security;
    private readonly ComponentsExpander _components;
    private readonly PathsExpander _paths;

    public ApiDefinitionExpander(OriginRecorder origins)
    {
        _origins = origins;
        _info = new InfoExpander(origins);
        _security = new SecurityExpander(origins);

        var enums = new EnumExpander(origins);
        var dynamicValues = new DynamicValuesExpander(origins);
        var parameters = new ParameterExpander(origins, enums, dynamicValues);
        var responses = new ResponseExpander(origins);
        var operations = new OperationExpander(origins, parameters, responses);
        _components = new ComponentsExpander(origins, parameters, responses);
        _paths = new PathsExpander(
            origins,
            operations,
            new WebhookTriggerExpander(origins, operations, new FilterExpander(origins, enums, dynamicValues)),
            new PollingTriggerExpander(operations));
    }

    public JsonObject Expand(ConnectorModel model)
    {
        var info = model.Info;
        _origins.Record(JsonPointer.Root, info.Position);
        var root = new JsonObject
        {
            ["swagger"] = "2.0",
            ["info"] = _info.ExpandInfo(info, "/info"),
        };
        root.AddIfPresent("host", info.Host)
            .AddIfPresent("basePath", info.BasePath)
            .AddIfAny("schemes", info.Schemes)
            .AddIfPresent("consumes", info.Consumes)
            .AddIfPresent("produces", info.Produces);
        root["paths"] = _paths.Expand(model, "/paths");
        AddSection(root, "definitions", _components.ExpandDefinitions(model.Schemas, "/definitions"), info);
        AddSection(root, "parameters", _components.ExpandParameters(model.Parameters, "/parameters"), info);
        AddSection(root, "responses", _components.ExpandResponses(model.Responses, "/responses"), info);

        // The platform's own tools always write securityDefinitions, empty when the connector has no authentication.
        var securityDefinitions = _security.ExpandDefinitions(model, "/securityDefinitions");
        if (securityDefinitions.Count > 0 || info.EmptySecurityDefinitions)
        {
            root["securityDefinitions"] = securityDefinitions;
        }

        var security = _security.ExpandRequirements(model, "/security");
        if (security.Count > 0 || info.Empty.Contains("security") || model.Security is not null)
        {
            root["security"] = security;
        }

        AddSection(root, "tags", ExpandTags(info), info);
        var metadata = _info.ExpandConnectorMetadata(info, "/x-ms-connector-metadata", model.KeyPositions);
        if (metadata.Count > 0)
        {
            root["x-ms-connector-metadata"] = metadata;
        }

        _info.ExpandRootListing(info, root);
        _origins.AppendExtensions(root, model.Extensions, JsonPointer.Root);
        return root;
    }

    /// <summary>A root section is written when it has content, or empty when <c>empty:</c> names it.</summary>
    private static void AddSection(JsonObject root, string key, JsonNode section, ConnectorInfoModel info)
    {
        if (section is JsonObject { Count: > 0 } or JsonArray { Count: > 0 } || info.Empty.Contains(key))
        {
            root[key] = section;
        }
    }

    private JsonArray ExpandTags(ConnectorInfoModel info)
    {
        var tags = new JsonArray();
        foreach (var tag in info.Tags)
        {
            _origins.Record(JsonPointer.Append("/tags", tags.Count), tag.Position);
            tags.Add(new JsonObject { ["name"] = tag.Name }.AddIfPresent("description", tag.Description));
        }

        return tags;
    }
}
