using System.Text.Json.Nodes;
using CustomerInsights.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace CustomerInsights.Emulator.Routes.Handlers;

/// <summary>Instances, entities and the pickers' lists: data sources, segments and measures.</summary>
public sealed class ManageHandlers(InstanceStore instances, MonitoringStore monitoring, EntityLookup entities) : IOperationHandlers
{
    public IEnumerable<KeyValuePair<string, OperationHandler>> Handlers =>
    [
        new("ListInstances", _ => Task.FromResult(ApiErrors.Json(new JsonArray([.. instances.Instances().Select(i => (JsonNode)i.ToJson())])))),
        new("GetEntities", ForInstance(id => ApiErrors.Json(new JsonObject
        {
            ["entities"] = new JsonArray([.. instances.Entities(id).Select(e => (JsonNode)e.ToJson())]),
        }))),
        new("GetEntitySchema", request => Task.FromResult(entities.With(request, (_, entity) => ApiErrors.Json(new JsonObject { ["schema"] = EntitySchemas.ItemSchema(entity) })))),
        new("ListDataSources", ForInstance(id => ApiErrors.Json(new JsonArray([.. monitoring.DataSources(id).Select(d => (JsonNode)d.ToJson())])))),
        new("ListSegments", ForInstance(id => ApiErrors.Json(new JsonArray([.. monitoring.Segments(id).Select(s => (JsonNode)s.ToJson())])))),
        new("ListMeasures", ListMeasures),
    ];

    /// <summary>GET of one entity: the REST API's call that the connector's custom code makes for GetEntitySchema.</summary>
    public IResult GetEntity(OperationRequest request) => entities.With(request, (_, entity) => ApiErrors.Json(entity.ToJson()));

    private OperationHandler ForInstance(Func<string, IResult> answer) => request =>
        Task.FromResult(request.InstanceId is { } id && instances.Instance(id) is not null ? answer(id) : request.InstanceNotFound());

    private Task<IResult> ListMeasures(OperationRequest request)
    {
        if (request.InstanceId is not { } id || instances.Instance(id) is null)
        {
            return Task.FromResult(request.InstanceNotFound());
        }

        var scalarOnlyText = request.Query("scalarOnly");
        if (scalarOnlyText is not null && !bool.TryParse(scalarOnlyText, out _))
        {
            return Task.FromResult(ApiErrors.BadRequest($"The query parameter scalarOnly must be true or false; it is '{scalarOnlyText}'."));
        }

        var scalarOnly = scalarOnlyText is not null && bool.Parse(scalarOnlyText);
        var measures = monitoring.Measures(id).Where(m => !scalarOnly || m.IsScalar);
        return Task.FromResult(ApiErrors.Json(new JsonArray([.. measures.Select(m => (JsonNode)m.ToJson())])));
    }
}
