using ConnectorKit.Runtime.Forwarding;
using Microsoft.Extensions.Time.Testing;

namespace ConnectorKit.Runtime.Tests.Forwarding;

/// <summary>The backend timeout shared by the calls of one second: never early, at most a second late, on the runtime's clock.</summary>
public sealed class SharedDeadlineTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(100);

    [Fact]
    public void Calls_of_the_same_second_share_a_deadline_that_passes_between_the_limit_and_a_second_later()
    {
        var clock = new FakeTimeProvider();
        using var deadline = new SharedDeadline(Limit, clock);

        var first = deadline.Token();
        clock.Advance(TimeSpan.FromMilliseconds(900));
        var sameSecond = deadline.Token();
        clock.Advance(TimeSpan.FromMilliseconds(200));
        var nextSecond = deadline.Token();

        Assert.Equal(first, sameSecond);
        Assert.NotEqual(first, nextSecond);
        clock.Advance(Limit - TimeSpan.FromMilliseconds(1100) + TimeSpan.FromMilliseconds(999));
        Assert.False(first.IsCancellationRequested);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(first.IsCancellationRequested);
        Assert.False(nextSecond.IsCancellationRequested);
        clock.Advance(TimeSpan.FromMilliseconds(1100));
        Assert.True(nextSecond.IsCancellationRequested);
    }
}
