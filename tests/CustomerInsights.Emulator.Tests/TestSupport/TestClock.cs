using Microsoft.Extensions.Time.Testing;

namespace CustomerInsights.Emulator.Tests.TestSupport;

/// <summary>
/// The emulator's clock in tests: a <see cref="FakeTimeProvider"/> that also knows when the code under test sets a
/// timer and when it falls due, so a test moves time to exactly the next moment something waits for (a retry delay,
/// the outbox's next attempt) instead of sleeping. No test reads a real clock.
/// </summary>
public sealed class TestClock : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _fake = new(Start);
    private readonly SemaphoreSlim _timerSet = new(0);
    private readonly Lock _lock = new();
    private readonly List<DateTimeOffset> _dueTimes = [];

    public override DateTimeOffset GetUtcNow() => _fake.GetUtcNow();

    public override long GetTimestamp() => _fake.GetTimestamp();

    public override long TimestampFrequency => _fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ObservedTimer(this, _fake.CreateTimer(callback, state, dueTime, period));
        Record(dueTime);
        return timer;
    }

    public void Advance(TimeSpan delta) => _fake.Advance(delta);

    /// <summary>
    /// Moves time from timer to timer until <paramref name="done"/> completes: each step goes to the earliest moment a
    /// timer was set for, or, when none is pending, waits until the code under test sets one.
    /// </summary>
    public async Task RunUntilAsync(Task done, CancellationToken cancellationToken)
    {
        await RunAsync(() => done.IsCompleted, done, cancellationToken);
        await done;
    }

    /// <summary>Moves time from timer to timer until at least <paramref name="span"/> has passed, each timer firing in turn.</summary>
    public Task RunForAsync(TimeSpan span, CancellationToken cancellationToken)
    {
        var end = GetUtcNow() + span;
        return RunAsync(() => GetUtcNow() >= end, new TaskCompletionSource().Task, cancellationToken);
    }

    private async Task RunAsync(Func<bool> finished, Task wake, CancellationToken cancellationToken)
    {
        while (!finished())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (NextDue() is { } due)
            {
                _fake.Advance(due - GetUtcNow());
                await Task.Yield();
                continue;
            }

            await Task.WhenAny(wake, _timerSet.WaitAsync(cancellationToken));
        }
    }

    private DateTimeOffset? NextDue()
    {
        var now = GetUtcNow();
        lock (_lock)
        {
            _dueTimes.RemoveAll(due => due <= now);
            return _dueTimes.Count == 0 ? null : _dueTimes.Min();
        }
    }

    private void Record(TimeSpan dueTime)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        lock (_lock)
        {
            _dueTimes.Add(GetUtcNow() + dueTime);
        }

        _timerSet.Release();
    }

    private sealed class ObservedTimer(TestClock clock, ITimer inner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            clock.Record(dueTime);
            return inner.Change(dueTime, period);
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
