namespace CustomerInsights.Emulator.Delivery;

/// <summary>
/// How notifications are delivered. Two layers of retry: within one delivery attempt, the resilience handler retries
/// transient failures a few times with a short exponential backoff; when the attempt still fails, the outbox schedules
/// the next attempt with a longer exponential backoff that survives restarts, until <see cref="MaxAttempts"/>.
/// </summary>
public sealed record DeliveryOptions
{
    /// <summary>The header that carries the key of a notification, the same on every attempt (subscription:event).</summary>
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>Retries inside one attempt, by the resilience handler.</summary>
    public int ImmediateRetries { get; init; } = 2;

    /// <summary>The first delay between retries inside one attempt; it doubles for each further retry.</summary>
    public TimeSpan ImmediateRetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The delay before the second outbox attempt; it doubles for each further attempt up to <see cref="MaxAttemptDelay"/>.</summary>
    public TimeSpan FirstAttemptDelay { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxAttemptDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>After this many failed attempts a notification is abandoned, so its subscription's later ones can go out.</summary>
    public int MaxAttempts { get; init; } = 50;

    /// <summary>How long one HTTP request to a callback may take.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>When the attempt that has just failed (1 for the first) should be followed by another; null to give up.</summary>
    public TimeSpan? DelayAfterFailedAttempt(int failedAttempts)
    {
        if (failedAttempts >= MaxAttempts)
        {
            return null;
        }

        var doublings = Math.Min(failedAttempts - 1, 30);
        var delay = FirstAttemptDelay * Math.Pow(2, doublings);
        return delay < MaxAttemptDelay ? delay : MaxAttemptDelay;
    }
}
