using CustomerInsights.Emulator.Events;

namespace CustomerInsights.Emulator.Delivery;

/// <summary>
/// Whether the outbox worker is idle: waiting, with no event recorded since it last looked at the outbox and its next
/// attempt not yet due. A host, or a test driving a fake clock, can wait for that moment instead of guessing how long
/// a delivery takes.
/// </summary>
public sealed class DeliveryActivity(DeliverySignal signal, TimeProvider timeProvider)
{
    private readonly Lock _lock = new();
    private bool _waiting;
    private long _seenVersion;
    private DateTimeOffset? _dueAt;
    private TaskCompletionSource _idle = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsIdle
    {
        get
        {
            lock (_lock)
            {
                return IsIdleLocked();
            }
        }
    }

    /// <summary>Completes the next time the worker starts waiting (at once when it is idle now).</summary>
    public Task WhenIdleAsync()
    {
        lock (_lock)
        {
            return IsIdleLocked() ? Task.CompletedTask : _idle.Task;
        }
    }

    /// <summary>The worker waits, having looked at the outbox after event <paramref name="seenVersion"/>, until <paramref name="dueAt"/>.</summary>
    internal void Waiting(long seenVersion, DateTimeOffset? dueAt)
    {
        TaskCompletionSource idle;
        lock (_lock)
        {
            (_waiting, _seenVersion, _dueAt) = (true, seenVersion, dueAt);
            idle = _idle;
            _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        idle.TrySetResult();
    }

    internal void Working()
    {
        lock (_lock)
        {
            _waiting = false;
        }
    }

    private bool IsIdleLocked() =>
        _waiting && signal.Version == _seenVersion && (_dueAt is not { } due || timeProvider.GetUtcNow() < due);
}
