using CustomerInsights.Client;
using CustomerInsights.Sample;
using Microsoft.Extensions.DependencyInjection;

// Lists the instances the caller can reach, the entities of the first one, and the schema and first items of its first entity.
var (settings, problem) = SampleSettings.FromEnvironment();
if (settings is null)
{
    Console.Error.WriteLine(problem);
    Console.Error.WriteLine(SampleSettings.Usage);
    return 2;
}

var services = new ServiceCollection();
services.AddCustomerInsightsClient(options =>
{
    options.Endpoint = settings.Endpoint;
    options.SubscriptionKey = settings.SubscriptionKey;
    options.AccessTokenProvider = settings.AccessToken is { } token ? _ => ValueTask.FromResult(token) : null;
    options.RateLimiter = CustomerInsightsClientOptions.CreateDocumentedRateLimiter();
});
await using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<CustomerInsightsClient>();
using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(2));

try
{
    var instances = await client.ListInstancesAsync(cancellation.Token);
    Console.WriteLine($"{instances.Count} instance(s) at {settings.Endpoint}");
    if (instances.FirstOrDefault()?.InstanceId is not { } instanceId)
    {
        return 0;
    }

    var entities = await client.GetEntitiesAsync(instanceId.ToString(), cancellation.Token);
    foreach (var entity in entities.Entities ?? [])
    {
        Console.WriteLine($"  {entity.QualifiedEntityName} ({entity.EntityType}): {entity.Attributes?.Count ?? 0} attribute(s)");
    }

    if (entities.Entities?.FirstOrDefault()?.QualifiedEntityName is { } entityName)
    {
        // GetEntitySchema is the connector's custom code (script.csx): the JSON schema it maps from the entity's Edm types.
        var schema = await client.GetEntitySchemaAsync(instanceId.ToString(), entityName, cancellation.Token);
        var properties = schema.Schema?["properties"]?.AsObject() ?? [];
        Console.WriteLine($"Schema of {entityName}: " + string.Join(", ", properties.Select(p => $"{p.Key} {p.Value?["type"]}")));
        Console.WriteLine($"First items of {entityName}:");
        var shown = 0;
        await foreach (var item in client.EnumerateGetItemsAsync(instanceId.ToString(), entityName, top: 5, cancellationToken: cancellation.Token))
        {
            Console.WriteLine("  " + item.ToJsonString());
            if (++shown == 10)
            {
                break;
            }
        }
    }

    return 0;
}
catch (CustomerInsightsException error)
{
    Console.Error.WriteLine($"The service refused the call: {error.Message}");
    return 1;
}
catch (HttpRequestException error)
{
    Console.Error.WriteLine($"The service at {settings.Endpoint} could not be reached: {error.Message}");
    return 1;
}
