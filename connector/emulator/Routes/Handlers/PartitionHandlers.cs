using System.Text.Json.Nodes;
using CustomerInsights.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace CustomerInsights.Emulator.Routes.Handlers;

/// <summary>The data partitions of an entity (both revisions) and the rows of one partition.</summary>
public sealed class PartitionHandlers(InstanceStore instances, PathLookup paths) : IOperationHandlers
{
    private const int MaxRows = 100;

    public IEnumerable<KeyValuePair<string, OperationHandler>> Handlers =>
    [
        new("GetPartitions", request => paths.WithEntity(request, (id, entity) =>
            ApiErrors.Json(new JsonArray([.. instances.Partitions(id, entity.QualifiedName).Select(p => (JsonNode)p.ToJsonV1())])))),
        new("GetPartitionsV2", request => paths.WithEntity(request, (id, entity) =>
            ApiErrors.Json(new JsonArray([.. instances.Partitions(id, entity.QualifiedName).Select(p => (JsonNode)p.ToJsonV2())])))),
        new("GetPartitionData", request => paths.WithEntity(request, (id, entity) => Rows(request, id, entity))),
    ];

    private IResult Rows(OperationRequest request, string instanceId, EntityRecord entity)
    {
        var name = request.Route("partitionName");
        if (instances.Partitions(instanceId, entity.QualifiedName).FirstOrDefault(p => p.Name == name) is not { } partition)
        {
            return ApiErrors.NotFound($"{entity.QualifiedName} has no partition '{name}'.");
        }

        var (top, topError) = request.IntegerQuery("$top", 1, MaxRows);
        var (skip, skipError) = request.IntegerQuery("$skip", 0, int.MaxValue);
        if ((topError ?? skipError) is { } error)
        {
            return error;
        }

        var rows = partition.Rows.Skip(skip ?? 0).Take(top ?? MaxRows).Select(row => row?.DeepClone());
        return ApiErrors.Json(new JsonObject { ["value"] = new JsonArray([.. rows]) });
    }
}
