namespace CustomerInsights.Emulator.Routes;

/// <summary>
/// The service's documented throttle: at most <c>permits</c> calls per connection in any window of <c>window</c>
/// (a sliding log of call times, on the emulator's clock). A refused call learns how long until a call is allowed.
/// </summary>
public sealed class CallRateLimiter(int permits, TimeSpan window, TimeProvider timeProvider)
{
    private readonly Dictionary<string, Queue<DateTimeOffset>> _calls = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public int Permits => permits;

    public TimeSpan Window => window;

    /// <summary>Counts a call of <paramref name="connection"/>; when over the limit, returns the wait before the next allowed call.</summary>
    public TimeSpan? TryAcquire(string connection)
    {
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            if (!_calls.TryGetValue(connection, out var calls))
            {
                calls = new Queue<DateTimeOffset>();
                _calls[connection] = calls;
            }

            while (calls.Count > 0 && calls.Peek() <= now - window)
            {
                calls.Dequeue();
            }

            if (calls.Count >= permits)
            {
                return calls.Peek() + window - now;
            }

            calls.Enqueue(now);
            return null;
        }
    }
}
