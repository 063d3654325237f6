using CustomerInsights.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace CustomerInsights.Emulator.Routes.Handlers;

/// <summary>Finds the instance ({dataset}) and the entity ({entityName}) a path names, or answers 404 saying which is missing.</summary>
public sealed class PathLookup(InstanceStore instances)
{
    public Task<IResult> WithInstanceAsync(OperationRequest request, Func<InstanceRecord, Task<IResult>> answer) =>
        request.InstanceId is { } id && instances.Instance(id) is { } instance ? answer(instance) : Task.FromResult(request.InstanceNotFound());

    public Task<IResult> WithInstance(OperationRequest request, Func<InstanceRecord, IResult> answer) =>
        WithInstanceAsync(request, instance => Task.FromResult(answer(instance)));

    public Task<IResult> WithEntityAsync(OperationRequest request, Func<string, EntityRecord, Task<IResult>> answer) =>
        WithInstanceAsync(request, instance =>
        {
            var name = request.Route("entityName");
            return instances.Entity(instance.InstanceId, name) is { } entity
                ? answer(instance.InstanceId, entity)
                : Task.FromResult(ApiErrors.NotFound($"The instance has no entity '{name}'."));
        });

    public Task<IResult> WithEntity(OperationRequest request, Func<string, EntityRecord, IResult> answer) =>
        WithEntityAsync(request, (id, entity) => Task.FromResult(answer(id, entity)));
}
