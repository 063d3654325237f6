using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http;

namespace CustomerInsights.Emulator.Routes;

/// <summary>
/// In front of the service API (/v1): like the service, a call needs both a bearer token and the subscription key
/// header (any non-empty values: the emulator checks that they are sent, not who sent them), and each connection
/// (subscription key) may make 100 calls per 60 seconds (by default); the next one is answered 429 with Retry-After in seconds.
/// </summary>
public sealed class ServiceGate(RequestDelegate next, CallRateLimiter limiter)
{
    public const string SubscriptionKeyHeader = "Ocp-Apim-Subscription-Key";

    public async Task InvokeAsync(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        var subscriptionKey = context.Request.Headers[SubscriptionKeyHeader].ToString();
        var hasToken = authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && authorization.Length > "Bearer ".Length
            && !string.IsNullOrWhiteSpace(authorization["Bearer ".Length..]);
        if (!hasToken || string.IsNullOrWhiteSpace(subscriptionKey))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            var missing = !hasToken ? "bearer token in its Authorization header" : $"{SubscriptionKeyHeader} header";
            await ApiErrors.Error(HttpStatusCode.Unauthorized, "Unauthorized", $"The request has no {missing}; the service needs a bearer token and a subscription key.")
                .ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        if (limiter.TryAcquire(subscriptionKey) is { } wait)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await ApiErrors.Error(HttpStatusCode.TooManyRequests, "TooManyRequests",
                    string.Create(CultureInfo.InvariantCulture,
                        $"Rate limit is exceeded: {limiter.Permits} calls per {limiter.Window.TotalSeconds} seconds per connection. Try again in {seconds} seconds."))
                .ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }
}
