namespace CustomerInsights.Emulator.Events;

/// <summary>Wakes the outbox worker when an event has put notifications in the outbox.</summary>
public sealed class DeliverySignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);
    private long _version;

    /// <summary>How many times the signal was given: the worker notes the version it has seen before each look at the outbox.</summary>
    public long Version => Interlocked.Read(ref _version);

    public void Notify()
    {
        Interlocked.Increment(ref _version);
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the worker will look at the outbox once for all of them.
        }
    }

    public Task WaitAsync(CancellationToken cancellationToken) => _semaphore.WaitAsync(cancellationToken);

    public void Dispose() => _semaphore.Dispose();
}
