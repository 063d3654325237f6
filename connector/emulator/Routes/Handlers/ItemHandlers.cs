using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CustomerInsights.Emulator.Queries;
using CustomerInsights.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace CustomerInsights.Emulator.Routes.Handlers;

/// <summary>Reading and writing the items of an entity, with OData paging and the 30-day limit of validUntil.</summary>
public sealed class ItemHandlers(InstanceStore instances, PathLookup paths, EmulatedConnector connector) : IOperationHandlers
{
    private static readonly TimeSpan MaxRetention = TimeSpan.FromDays(30);

    public IEnumerable<KeyValuePair<string, OperationHandler>> Handlers =>
    [
        new("GetItems", request => paths.WithEntity(request, (id, entity) => GetItems(request, id, entity))),
        new("GetItem", request => paths.WithEntity(request, (id, entity) => GetItem(request, id, entity))),
        new("CreateItem", request => paths.WithEntityAsync(request, (id, entity) => CreateItemAsync(request, id, entity))),
        new("UpdateItem", request => paths.WithEntityAsync(request, (id, entity) => UpdateItemAsync(request, id, entity))),
    ];

    private IResult GetItems(OperationRequest request, string instanceId, EntityRecord entity)
    {
        if (!string.IsNullOrWhiteSpace(request.Query("$expand")))
        {
            return ApiErrors.BadRequest($"$expand: {entity.QualifiedName} has no related entities to expand in the emulator.");
        }

        var (top, topError) = request.IntegerQuery("$top", 1, ItemQuery.MaxTop);
        var (skip, skipError) = request.IntegerQuery("$skip", 0, int.MaxValue);
        if ((topError ?? skipError) is { } error)
        {
            return error;
        }

        var (query, queryError) = ItemQuery.Parse(entity, request.Query("$filter"), request.Query("$search"), request.Query("$orderby"), request.Query("$select"), top, skip);
        if (query is null)
        {
            return ApiErrors.BadRequest(queryError!);
        }

        var (page, count) = query.Apply(instances.Items(instanceId, entity.QualifiedName, request.Now));
        var collection = $"{request.ServiceRoot}/instances/{instanceId}/data/{Uri.EscapeDataString(entity.QualifiedName)}";
        var body = new JsonObject
        {
            ["@odata.context"] = $"{request.ServiceRoot}/instances/{instanceId}/data/$metadata#{entity.QualifiedName}",
            ["@odata.count"] = count,
            ["value"] = new JsonArray([.. page]),
        };
        if (query.Skip + page.Count < count)
        {
            body["@odata.nextLink"] = collection + NextPageQuery(request.Context.Request.Query, query.Top, query.Skip + query.Top);
        }

        return ApiErrors.Json(body);
    }

    private IResult GetItem(OperationRequest request, string instanceId, EntityRecord entity)
    {
        var itemId = request.Route("itemId");
        return instances.Item(instanceId, entity.QualifiedName, itemId, request.Now) is { } item
            ? ApiErrors.Json(item)
            : ApiErrors.NotFound($"{entity.QualifiedName} has no item '{itemId}'.");
    }

    private async Task<IResult> CreateItemAsync(OperationRequest request, string instanceId, EntityRecord entity)
    {
        var (item, write, error) = await ReadWriteAsync(request, entity).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (item![entity.KeyAttribute] is not JsonValue key || key.ToString().Length == 0)
        {
            return ApiErrors.BadRequest($"The item has no value for {entity.KeyAttribute}, the key of {entity.QualifiedName}.");
        }

        var created = await instances.TryCreateItemAsync(instanceId, entity.QualifiedName, key.ToString(), item, write!, request.Aborted).ConfigureAwait(false);
        return created
            ? ApiErrors.Json(item, HttpStatusCode.Created)
            : ApiErrors.BadRequest($"{entity.QualifiedName} already has an item '{key}'; update it with PATCH instead.");
    }

    private async Task<IResult> UpdateItemAsync(OperationRequest request, string instanceId, EntityRecord entity)
    {
        var (changes, write, error) = await ReadWriteAsync(request, entity).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var itemId = request.Route("itemId");
        if (changes![entity.KeyAttribute] is { } key && key.ToString() != itemId)
        {
            return ApiErrors.BadRequest($"{entity.KeyAttribute} is the key of {entity.QualifiedName} and cannot change from '{itemId}' to '{key}'.");
        }

        return await instances.TryUpdateItemAsync(instanceId, entity.QualifiedName, itemId, changes, write!, request.Aborted).ConfigureAwait(false)
            ? Results.NoContent()
            : ApiErrors.NotFound($"{entity.QualifiedName} has no item '{itemId}'.");
    }

    /// <summary>The item body, checked against the entity's attributes, and the validUntil and caller of the write.</summary>
    private async Task<(JsonObject? Item, ItemWriteOptions? Write, IResult? Error)> ReadWriteAsync(OperationRequest request, EntityRecord entity)
    {
        DateTimeOffset? validUntil = null;
        if (request.Query("validUntil") is { } untilText)
        {
            if (!Timestamps.TryParse(untilText, out var until))
            {
                return (null, null, ApiErrors.BadRequest($"validUntil must be a date-time such as 2026-12-24T00:00:00Z; it is '{untilText}'."));
            }

            if (until <= request.Now || until > request.Now + MaxRetention)
            {
                return (null, null, ApiErrors.BadRequest(string.Create(CultureInfo.InvariantCulture,
                    $"validUntil must be after now and at most 30 days ahead (by {Timestamps.Format(request.Now + MaxRetention)}); it is {Timestamps.Format(until)}.")));
            }

            validUntil = until;
        }

        var (body, bodyError) = await request.ReadBodyAsync().ConfigureAwait(false);
        if (bodyError is not null)
        {
            return (null, null, bodyError);
        }

        var findings = connector.Conformance.Check(body, EntitySchemas.WriteSchema(entity));
        if (findings.Count > 0)
        {
            return (null, null, ApiErrors.BadRequest($"The item does not match the schema of {entity.QualifiedName}: " + string.Join("; ", findings)));
        }

        return ((JsonObject)body!, new ItemWriteOptions(request.Now, validUntil, request.Query("caller")), null);
    }

    /// <summary>The query of the next page: the request's options with $top and $skip moved on.</summary>
    private static string NextPageQuery(IQueryCollection query, int top, int skip)
    {
        var builder = new StringBuilder();
        foreach (var (name, values) in query.Where(q => q.Key is not ("$top" or "$skip")))
        {
            builder.Append(builder.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(values.ToString()));
        }

        builder.Append(builder.Length == 0 ? '?' : '&').Append("$top=").Append(top.ToString(CultureInfo.InvariantCulture));
        builder.Append("&$skip=").Append(skip.ToString(CultureInfo.InvariantCulture));
        return builder.ToString();
    }
}
