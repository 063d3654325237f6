using CustomerInsights.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace CustomerInsights.Emulator.Routes.Handlers;

/// <summary>Finds the instance and entity a path names ({dataset}, {entityName}), or answers 404 saying which is missing.</summary>
public sealed class EntityLookup(InstanceStore instances)
{
    public IResult With(OperationRequest request, Func<string, EntityRecord, IResult> answer)
    {
        if (request.InstanceId is not { } id || instances.Instance(id) is null)
        {
            return request.InstanceNotFound();
        }

        var name = request.Route("entityName");
        return instances.Entity(id, name) is { } entity ? answer(id, entity) : ApiErrors.NotFound($"The instance has no entity '{name}'.");
    }

    public async Task<IResult> WithAsync(OperationRequest request, Func<string, EntityRecord, Task<IResult>> answer)
    {
        if (request.InstanceId is not { } id || instances.Instance(id) is null)
        {
            return request.InstanceNotFound();
        }

        var name = request.Route("entityName");
        return instances.Entity(id, name) is { } entity
            ? await answer(id, entity).ConfigureAwait(false)
            : ApiErrors.NotFound($"The instance has no entity '{name}'.");
    }
}
