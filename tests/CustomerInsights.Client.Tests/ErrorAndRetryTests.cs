using System.Net;
using System.Threading.RateLimiting;
using CustomerInsights.Client.Tests.TestSupport;

namespace CustomerInsights.Client.Tests;

public sealed class ErrorAndRetryTests : IDisposable
{
    private readonly ClientFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task An_error_answer_throws_with_status_parsed_error_and_raw_body()
    {
        const string body = """{ "error": { "code": "NotFound", "message": "Instance inst does not exist." } }""";
        _fixture.Handler.Respond(HttpStatusCode.NotFound, body);

        var error = await Assert.ThrowsAsync<CustomerInsightsException>(() => _fixture.Client.GetEntitiesAsync("inst", ClientFixture.Token));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal(body, error.RawBody);
        Assert.Equal("NotFound", (string?)error.Error!["error"]!["code"]);
        Assert.Equal("The service answered 404 Not Found: Instance inst does not exist.", error.Message);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_kept_raw()
    {
        _fixture.Handler.Respond(HttpStatusCode.BadRequest, configure: r => r.Content = new StringContent("validUntil is too far ahead"));

        var error = await Assert.ThrowsAsync<CustomerInsightsException>(() => _fixture.Client.GetEntitiesAsync("inst", ClientFixture.Token));

        Assert.Null(error.Error);
        Assert.Equal("validUntil is too far ahead", error.RawBody);
    }

    [Fact]
    public async Task Too_many_requests_is_retried_after_the_delay_the_service_asks_for()
    {
        _fixture.Handler
            .Respond(HttpStatusCode.TooManyRequests, configure: r => r.Headers.Add("Retry-After", "7"))
            .Respond(HttpStatusCode.TooManyRequests)
            .RespondJson("""{ "entities": [] }""");

        var list = await _fixture.Client.GetEntitiesAsync("inst", ClientFixture.Token);

        Assert.Empty(list.Entities!);
        Assert.Equal(3, _fixture.Handler.Requests.Count);
        Assert.All(_fixture.Handler.Requests, r => Assert.Equal("https://ci.test/v1/instances/inst/manage/entities", r.Uri.AbsoluteUri));
        Assert.Equal([TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(2)], _fixture.Clock.Delays);
    }

    [Fact]
    public async Task A_retried_request_sends_its_body_again()
    {
        _fixture.Handler
            .Respond(HttpStatusCode.TooManyRequests, configure: r => r.Headers.Add("Retry-After", "1"))
            .Respond(HttpStatusCode.NoContent);

        await _fixture.Client.UpdateItemAsync("inst", "E", "1", new() { ["a"] = 1 }, cancellationToken: ClientFixture.Token);

        Assert.Equal(["""{"a":1}""", """{"a":1}"""], _fixture.Handler.Requests.Select(r => r.Body));
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_count()
    {
        using var fixture = new ClientFixture(o => o.MaxRetries = 1);
        fixture.Handler
            .Respond(HttpStatusCode.TooManyRequests, configure: r => r.Headers.Add("Retry-After", "3"))
            .Respond(HttpStatusCode.TooManyRequests, """{ "message": "slow down" }""", r => r.Headers.Add("Retry-After", "5"));

        var error = await Assert.ThrowsAsync<CustomerInsightsException>(() => fixture.Client.ListInstancesAsync(ClientFixture.Token));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), error.RetryAfter);
        Assert.Equal("The service answered 429 Too Many Requests: slow down", error.Message);
        Assert.Equal(2, fixture.Handler.Requests.Count);
    }

    [Fact]
    public async Task A_retry_delay_longer_than_the_maximum_fails_at_once()
    {
        using var fixture = new ClientFixture(o => o.MaxRetryDelay = TimeSpan.FromSeconds(30));
        fixture.Handler.Respond(HttpStatusCode.TooManyRequests, configure: r => r.Headers.Add("Retry-After", "600"));

        var error = await Assert.ThrowsAsync<CustomerInsightsException>(() => fixture.Client.ListInstancesAsync(ClientFixture.Token));

        Assert.Equal(TimeSpan.FromMinutes(10), error.RetryAfter);
        Assert.Empty(fixture.Clock.Delays);
    }

    [Fact]
    public async Task The_client_side_limiter_gives_one_permit_per_call()
    {
        using var limiter = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = 2,
            Window = TimeSpan.FromHours(1),
            QueueLimit = 0,
        });
        using var fixture = new ClientFixture(o => o.RateLimiter = limiter);
        fixture.Handler.RespondJson("[]").RespondJson("[]");

        await fixture.Client.ListInstancesAsync(ClientFixture.Token);
        await fixture.Client.ListInstancesAsync(ClientFixture.Token);
        var refused = await Assert.ThrowsAsync<CustomerInsightsException>(() => fixture.Client.ListInstancesAsync(ClientFixture.Token));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(2, fixture.Handler.Requests.Count);
    }

    [Fact]
    public void The_documented_limiter_allows_100_calls_per_60_seconds()
    {
        using var limiter = CustomerInsightsClientOptions.CreateDocumentedRateLimiter(queueLimit: 0);

        var leases = Enumerable.Range(0, 101).Select(_ => limiter.AttemptAcquire()).ToList();

        Assert.Equal(100, leases.Count(l => l.IsAcquired));
        Assert.False(leases[^1].IsAcquired);
        leases.ForEach(l => l.Dispose());
    }

    [Fact]
    public async Task Without_an_endpoint_the_default_of_the_connector_is_used()
    {
        var handler = new FakeHandler().RespondJson("[]");
        using var httpClient = new HttpClient(handler);
        var client = new CustomerInsightsClient(httpClient);

        await client.ListInstancesAsync(ClientFixture.Token);

        Assert.Equal("https://api.ci.ai.dynamics.com/v1/instances", handler.Single.Uri.AbsoluteUri);
        Assert.Null(handler.Single.Header("Authorization"));
        Assert.Null(handler.Single.Header("Ocp-Apim-Subscription-Key"));
    }
}
