using System.Net;
using System.Net.Http.Headers;
using CustomerInsights.Emulator.Tests.TestSupport;

namespace CustomerInsights.Emulator.Tests.Routes;

/// <summary>Like the service: a bearer token and the subscription key on every call, and 100 calls per 60 seconds per connection.</summary>
public sealed class ServiceGateTests
{
    private static CancellationToken Token => EmulatorFixture.Token;

    [Theory]
    [InlineData(null, "key")]
    [InlineData("token", null)]
    [InlineData(null, null)]
    public async Task CallsWithoutTokenOrKeyAreUnauthorized(string? token, string? key)
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.Host.ServiceRoot };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", key);
        }

        using var response = await client.GetAsync("instances", Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("\"Unauthorized\"", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthAndControlNeedNoCredentials()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.Host.BaseAddress };

        using var health = await client.GetAsync("healthz", Token);
        using var outbox = await client.GetAsync("control/outbox", Token);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, outbox.StatusCode);
    }

    [Fact]
    public async Task TheHundredAndFirstCallInAMinuteIsThrottledUntilTheWindowMoves()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        for (var call = 0; call < 100; call++)
        {
            using var allowed = await emulator.Http.GetAsync("instances", Token);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            emulator.Clock.Advance(TimeSpan.FromMilliseconds(100));
        }

        using var throttled = await emulator.Http.GetAsync("instances", Token);
        var retryAfter = throttled.Headers.RetryAfter!.Delta!.Value;
        emulator.Clock.Advance(retryAfter);
        using var afterWaiting = await emulator.Http.GetAsync("instances", Token);
        using var otherConnection = new HttpClient { BaseAddress = emulator.Host.ServiceRoot };
        otherConnection.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "other");
        otherConnection.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "another-connection");
        using var other = await otherConnection.GetAsync("instances", Token);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(50), retryAfter);
        Assert.Equal(HttpStatusCode.OK, afterWaiting.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task UnknownPathsUnderTheBasePathAnswer404WithAReason()
    {
        await using var emulator = await EmulatorFixture.StartAsync();

        using var response = await emulator.Http.GetAsync("instances/x/nothing/here", Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No operation of the connector", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }
}
