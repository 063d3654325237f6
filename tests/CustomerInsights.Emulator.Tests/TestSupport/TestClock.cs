using Microsoft.Extensions.Time.Testing;

namespace CustomerInsights.Emulator.Tests.TestSupport;

/// <summary>Tells a <see cref="TestClock"/> when the code under test has nothing to do but wait for time or input.</summary>
public interface IIdleProbe
{
    bool IsIdle { get; }

    Task WhenIdleAsync();
}

/// <summary>
/// The emulator's clock in tests: a <see cref="FakeTimeProvider"/> that also knows when the code under test sets a
/// timer and when it falls due, so a test moves time to exactly the next moment something waits for (a retry delay,
/// the outbox's next attempt) instead of sleeping. No test reads a real clock.
/// </summary>
public sealed class TestClock : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private readonly FakeTimeProvider _fake = new(Start);
    private TaskCompletionSource _timerSet = new(TaskCreationOptions.RunContinuationsAsynchronously);
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
    /// timer was set for; with none pending, it waits until the code under test sets one or becomes idle.
    /// </summary>
    public async Task RunUntilAsync(Task done, IIdleProbe probe, CancellationToken cancellationToken)
    {
        await RunAsync(() => done.IsCompleted, done, probe, end: null, cancellationToken);
        await done;
    }

    /// <summary>
    /// Moves time on by at least <paramref name="span"/>, stopping at each pending timer so that each fires in turn
    /// (past the end when the code under test is blocked on one); once it is idle with nothing due before the end, time
    /// jumps to the end.
    /// </summary>
    public Task RunForAsync(TimeSpan span, IIdleProbe probe, CancellationToken cancellationToken)
    {
        var end = GetUtcNow() + span;
        return RunAsync(() => GetUtcNow() >= end, new TaskCompletionSource().Task, probe, end, cancellationToken);
    }

    private async Task RunAsync(Func<bool> finished, Task wake, IIdleProbe probe, DateTimeOffset? end, CancellationToken cancellationToken)
    {
        // A guard against a test that waits for something that never happens, not a measure of anything.
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        guard.CancelAfter(HangGuard);
        while (!finished())
        {
            if (guard.IsCancellationRequested)
            {
                cancellationToken.ThrowIfCancellationRequested();
                throw new TimeoutException($"The code under test did nothing more for {HangGuard.TotalSeconds} s of real time while the test waited; fake time is {GetUtcNow():O}.");
            }

            // Taken before looking, so that a timer set or an idle moment right after the look still wakes the wait.
            var timerSet = TimerSet();
            var becameIdle = probe.WhenIdleAsync();
            var idle = probe.IsIdle;
            var next = NextDue();
            if (idle && end is { } last && (next is null || next > last))
            {
                // Nothing is running and nothing falls due before the end: skip straight to it.
                _fake.Advance(last - GetUtcNow());
                continue;
            }

            if (next is { } due)
            {
                // The code under test waits for this moment (a retry delay, the next attempt): go there.
                _fake.Advance(due - GetUtcNow());
                await Task.Yield();
                continue;
            }

            var hang = Task.Delay(Timeout.Infinite, guard.Token);
            var waits = idle ? new[] { wake, timerSet, hang } : [wake, timerSet, becameIdle, hang];
            await Task.WhenAny(waits);
        }
    }

    /// <summary>Completes when the code under test next sets a timer.</summary>
    private Task TimerSet()
    {
        lock (_lock)
        {
            return _timerSet.Task;
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

        TaskCompletionSource timerSet;
        lock (_lock)
        {
            _dueTimes.Add(GetUtcNow() + dueTime);
            timerSet = _timerSet;
            _timerSet = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        timerSet.TrySetResult();
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
