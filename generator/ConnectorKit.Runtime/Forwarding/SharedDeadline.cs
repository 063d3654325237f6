namespace ConnectorKit.Runtime.Forwarding;

/// <summary>
/// The backend timeout without a timer for every call: the calls that start within the same second share one
/// cancellation source, cancelled when the limit has passed after that second ends, so a call is cancelled between
/// its limit and one second later. Under load a timer per call is created and disposed thousands of times a second,
/// on a contended timer queue; this makes one a second. Time is read from the runtime's <see cref="TimeProvider"/>.
/// </summary>
internal sealed class SharedDeadline(TimeSpan limit, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan SlotLength = TimeSpan.FromSeconds(1);

    private readonly Lock _lock = new();
    private readonly Queue<Slot> _live = new();
    private volatile Slot? _current;

    public TimeSpan Limit => limit;

    /// <summary>A token cancelled no earlier than <see cref="Limit"/> from now and no later than a second after that.</summary>
    public CancellationToken Token()
    {
        var now = time.GetTimestamp();
        if (_current is { } current && now < current.Ends)
        {
            return current.Source.Token;
        }

        lock (_lock)
        {
            if (_current is not { } slot || now >= slot.Ends)
            {
                // Sources whose deadline has passed have fired; they need nothing more than disposing.
                while (_live.TryPeek(out var oldest) && oldest.Source.IsCancellationRequested)
                {
                    _live.Dequeue().Source.Dispose();
                }

                slot = new Slot(now + (long)(SlotLength.TotalSeconds * time.TimestampFrequency), new CancellationTokenSource(limit + SlotLength, time));
                _live.Enqueue(slot);
                _current = slot;
            }

            return slot.Source.Token;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            while (_live.TryDequeue(out var slot))
            {
                slot.Source.Dispose();
            }

            _current = null;
        }
    }

    private sealed record Slot(long Ends, CancellationTokenSource Source);
}
