using System.Text.Json.Nodes;
using CustomerInsights.Emulator.Routes.Handlers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerInsights.Emulator.Routes;

/// <summary>
/// Maps the emulator's routes: one per operation of the connector definition, under its basePath, each answered by
/// the handler registered for its operationId. An operation without a handler, or a handler without an operation,
/// stops the emulator from starting: the model and the emulator cannot drift apart silently.
/// </summary>
public static class EmulatorRoutes
{
    public const string HealthPath = "/healthz";

    public static void Map(WebApplication app)
    {
        var connector = app.Services.GetRequiredService<EmulatedConnector>();
        var timeProvider = app.Services.GetRequiredService<TimeProvider>();
        var handlers = Registry(app.Services.GetServices<IOperationHandlers>());

        app.MapGet(HealthPath, () => ApiErrors.Json(new JsonObject { ["status"] = "healthy" }));
        ControlRoutes.Map(app);
        app.UseWhen(context => context.Request.Path.StartsWithSegments(connector.BasePath), service => service.UseMiddleware<ServiceGate>());

        var unserved = new HashSet<string>(handlers.Keys, StringComparer.Ordinal);
        foreach (var operation in connector.Swagger.Operations)
        {
            var operationId = operation.OperationId ?? throw new InvalidOperationException($"The operation at {operation.Pointer} has no operationId.");
            if (!handlers.TryGetValue(operationId, out var handler))
            {
                throw new InvalidOperationException($"The emulator has no handler for the operation {operationId} ({operation.Method.ToUpperInvariant()} {operation.Path}).");
            }

            unserved.Remove(operationId);
            app.MapMethods(connector.BasePath + operation.Path, [operation.Method.ToUpperInvariant()],
                    (Delegate)((HttpContext context) => handler(new OperationRequest(context, operation, connector, timeProvider))))
                .WithName(operationId);
        }

        if (unserved.Count > 0)
        {
            throw new InvalidOperationException($"The connector defines no operation for the emulator's handlers {string.Join(", ", unserved.Order(StringComparer.Ordinal))}.");
        }

        MapEntityRoute(app, connector, timeProvider);
        app.MapFallback(connector.BasePath + "/{**path}", (HttpContext context) =>
            ApiErrors.NotFound($"No operation of the connector has the path {context.Request.Path}."));
    }

    /// <summary>GET of one entity: not an operation of the connector, but the REST API's call that its custom code makes.</summary>
    private static void MapEntityRoute(WebApplication app, EmulatedConnector connector, TimeProvider timeProvider)
    {
        var schemaOperation = connector.Swagger.FindOperation("GetEntitySchema") is { } found
            ? found
            : throw new InvalidOperationException("The connector has no GetEntitySchema operation, whose custom code the entity route serves.");
        var manage = app.Services.GetRequiredService<ManageHandlers>();
        app.MapGet(connector.BasePath + "/instances/{dataset}/manage/entities/{entityName}",
            (Delegate)((HttpContext context) => manage.GetEntity(new OperationRequest(context, schemaOperation, connector, timeProvider))));
    }

    private static Dictionary<string, OperationHandler> Registry(IEnumerable<IOperationHandlers> groups)
    {
        var registry = new Dictionary<string, OperationHandler>(StringComparer.Ordinal);
        foreach (var (operationId, handler) in groups.SelectMany(g => g.Handlers))
        {
            if (!registry.TryAdd(operationId, handler))
            {
                throw new InvalidOperationException($"Two emulator handlers answer the operation {operationId}.");
            }
        }

        return registry;
    }
}
