namespace CustomerInsights.Client.Tests.TestSupport;

/// <summary>A client wired to a <see cref="FakeHandler"/> with test credentials and a recording clock.</summary>
public sealed class ClientFixture : IDisposable
{
    public const string Endpoint = "https://ci.test/v1";
    public const string SubscriptionKey = "key-123";
    public const string AccessToken = "token-abc";
    public const string Instance = "3f2b9c1e-0d4a-4b7e-9a51-2c6d8e0f1a2b";

    private readonly HttpClient _httpClient;

    public ClientFixture(Action<CustomerInsightsClientOptions>? configure = null)
    {
        Options = new CustomerInsightsClientOptions
        {
            Endpoint = new Uri(Endpoint),
            SubscriptionKey = SubscriptionKey,
            AccessTokenProvider = _ => ValueTask.FromResult(AccessToken),
            TimeProvider = Clock,
        };
        configure?.Invoke(Options);
        _httpClient = new HttpClient(Handler);
        Client = new CustomerInsightsClient(_httpClient, Options);
    }

    public FakeHandler Handler { get; } = new();

    public RecordingTimeProvider Clock { get; } = new();

    public CustomerInsightsClientOptions Options { get; }

    public CustomerInsightsClient Client { get; }

    public static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Asserts what every request carries: the subscription key header and the bearer token.</summary>
    public static void AssertAuthenticated(RecordedRequest request)
    {
        Assert.Equal(SubscriptionKey, request.Header("Ocp-Apim-Subscription-Key"));
        Assert.Equal("Bearer " + AccessToken, request.Header("Authorization"));
    }

    public void Dispose() => _httpClient.Dispose();
}
