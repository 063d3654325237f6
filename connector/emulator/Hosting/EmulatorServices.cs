using CustomerInsights.Emulator.Delivery;
using CustomerInsights.Emulator.Events;
using CustomerInsights.Emulator.Routes;
using CustomerInsights.Emulator.Routes.Handlers;
using CustomerInsights.Emulator.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace CustomerInsights.Emulator.Hosting;

/// <summary>Registers the emulator's state, handlers, control actions and notification delivery.</summary>
internal static class EmulatorServices
{
    public static void Add(IServiceCollection services, EmulatorSettings settings, EmulatorDatabase database)
    {
        // Polly's strategies, the rate limit and the outbox all take this clock: tests drive it, nothing reads another.
        services.AddSingleton(settings.TimeProvider);
        services.AddSingleton(database);
        services.AddSingleton(settings.Delivery);
        services.AddSingleton(EmulatedConnector.Load());
        services.AddSingleton(provider => new CallRateLimiter(settings.RateLimitPermits, settings.RateLimitWindow, provider.GetRequiredService<TimeProvider>()));

        services.AddSingleton<InstanceStore>();
        services.AddSingleton<MonitoringStore>();
        services.AddSingleton<SubscriptionStore>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<ReportStore>();
        services.AddSingleton<DeliverySignal>();
        services.AddSingleton<DeliveryActivity>();
        services.AddSingleton<InFlightDeliveries>();
        services.AddSingleton<ControlActions>();

        services.AddSingleton<PathLookup>();
        services.AddSingleton<ManageHandlers>();
        services.AddSingleton<IOperationHandlers>(provider => provider.GetRequiredService<ManageHandlers>());
        services.AddSingleton<IOperationHandlers, ItemHandlers>();
        services.AddSingleton<IOperationHandlers, PartitionHandlers>();
        services.AddSingleton<IOperationHandlers, ReportHandlers>();
        services.AddSingleton<IOperationHandlers, SubscriptionHandlers>();

        AddDelivery(services, settings.Delivery);
    }

    private static void AddDelivery(IServiceCollection services, DeliveryOptions delivery)
    {
        services.AddHttpClient(OutboxWorker.HttpClientName, client => client.Timeout = delivery.RequestTimeout)
            // Callbacks are on loopback (checked when subscribing): no proxy, and no redirect may lead elsewhere.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false })
            .AddResilienceHandler("notification-retries", (pipeline, context) =>
            {
                // The retry delays wait on the emulator's clock, like everything else time-dependent.
                pipeline.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
                if (delivery.ImmediateRetries > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = delivery.ImmediateRetries,
                        Delay = delivery.ImmediateRetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = false,
                        // The outbox paces longer outages itself; a receiver's Retry-After does not stall the worker.
                        ShouldRetryAfterHeader = false,
                    });
                }
            });
        services.AddHostedService<OutboxWorker>();
    }
}
