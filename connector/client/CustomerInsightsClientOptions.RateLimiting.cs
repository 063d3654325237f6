using System.Threading.RateLimiting;

namespace CustomerInsights.Client;

/// <summary>The documented throttling limit of Customer Insights, as a ready-made client-side limiter.</summary>
public sealed partial class CustomerInsightsClientOptions
{
    /// <summary>The service allows this many calls per connection in each <see cref="DocumentedWindow"/>.</summary>
    public const int DocumentedPermitLimit = 100;

    /// <summary>The window of the documented limit.</summary>
    public static readonly TimeSpan DocumentedWindow = TimeSpan.FromSeconds(60);

    /// <summary>
    /// A sliding-window limiter of 100 calls per 60 seconds that queues calls over the limit (oldest first) instead of
    /// failing them, so a busy app stays under the service's limit rather than collecting 429 answers. Assign it to
    /// <see cref="RateLimiter"/>; share one instance among the clients of one connection, and dispose it with them.
    /// </summary>
    /// <param name="queueLimit">How many calls may wait for a permit before further calls fail at once.</param>
    public static RateLimiter CreateDocumentedRateLimiter(int queueLimit = 1000) =>
        new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = DocumentedPermitLimit,
            Window = DocumentedWindow,
            SegmentsPerWindow = 6,
            QueueLimit = queueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
}
