namespace CustomerInsights.Emulator.Delivery;

/// <summary>
/// The delivery under way for each subscription, so that deleting a subscription also stops its current attempt
/// (retries included): once DELETE has answered, nothing more is posted for that subscription.
/// </summary>
public sealed class InFlightDeliveries
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, CancellationTokenSource> _bySubscription = new(StringComparer.Ordinal);

    public void CancelFor(string subscriptionId)
    {
        lock (_lock)
        {
            if (_bySubscription.TryGetValue(subscriptionId, out var delivery))
            {
                delivery.Cancel();
            }
        }
    }

    internal CancellationTokenSource Begin(string subscriptionId, CancellationToken stoppingToken)
    {
        var delivery = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        lock (_lock)
        {
            _bySubscription[subscriptionId] = delivery;
        }

        return delivery;
    }

    internal void End(string subscriptionId, CancellationTokenSource delivery)
    {
        lock (_lock)
        {
            if (_bySubscription.TryGetValue(subscriptionId, out var current) && current == delivery)
            {
                _bySubscription.Remove(subscriptionId);
            }
        }

        delivery.Dispose();
    }
}
