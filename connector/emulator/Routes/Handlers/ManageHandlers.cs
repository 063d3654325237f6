using System.Text.Json.Nodes;
using CustomerInsights.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace CustomerInsights.Emulator.Routes.Handlers;

/// <summary>Instances, entities and the pickers' lists: data sources, segments and measures.</summary>
public sealed class ManageHandlers(InstanceStore instances, MonitoringStore monitoring, PathLookup paths) : IOperationHandlers
{
    public IEnumerable<KeyValuePair<string, OperationHandler>> Handlers =>
    [
        new("ListInstances", _ => Task.FromResult(ApiErrors.Json(new JsonArray([.. instances.Instances().Select(i => (JsonNode)i.ToJson())])))),
        new("GetEntities", request => paths.WithInstance(request, instance => ApiErrors.Json(new JsonObject
        {
            ["entities"] = new JsonArray([.. instances.Entities(instance.InstanceId).Select(e => (JsonNode)e.ToJson())]),
        }))),
        new("GetEntitySchema", request => paths.WithEntity(request, (_, entity) => ApiErrors.Json(new JsonObject { ["schema"] = EntitySchemas.ItemSchema(entity) }))),
        new("ListDataSources", request => paths.WithInstance(request, instance =>
            ApiErrors.Json(new JsonArray([.. monitoring.DataSources(instance.InstanceId).Select(d => (JsonNode)d.ToJson())])))),
        new("ListSegments", request => paths.WithInstance(request, instance =>
            ApiErrors.Json(new JsonArray([.. monitoring.Segments(instance.InstanceId).Select(s => (JsonNode)s.ToJson())])))),
        new("ListMeasures", request => paths.WithInstance(request, instance => ListMeasures(request, instance.InstanceId))),
    ];

    /// <summary>GET of one entity: the REST API's call that the connector's custom code makes for GetEntitySchema.</summary>
    public Task<IResult> GetEntity(OperationRequest request) => paths.WithEntity(request, (_, entity) => ApiErrors.Json(entity.ToJson()));

    private IResult ListMeasures(OperationRequest request, string instanceId)
    {
        var scalarOnlyText = request.Query("scalarOnly");
        if (scalarOnlyText is not null && !bool.TryParse(scalarOnlyText, out _))
        {
            return ApiErrors.BadRequest($"The query parameter scalarOnly must be true or false; it is '{scalarOnlyText}'.");
        }

        var scalarOnly = scalarOnlyText is not null && bool.Parse(scalarOnlyText);
        var measures = monitoring.Measures(instanceId).Where(m => !scalarOnly || m.IsScalar);
        return ApiErrors.Json(new JsonArray([.. measures.Select(m => (JsonNode)m.ToJson())]));
    }
}
