namespace CustomerInsights.Sample;

/// <summary>Where the sample connects, read from environment variables so no secret is ever in the code.</summary>
public sealed record SampleSettings(Uri Endpoint, string? SubscriptionKey, string? AccessToken)
{
    public const string EndpointVariable = "CUSTOMER_INSIGHTS_ENDPOINT";
    public const string SubscriptionKeyVariable = "CUSTOMER_INSIGHTS_SUBSCRIPTION_KEY";
    public const string AccessTokenVariable = "CUSTOMER_INSIGHTS_ACCESS_TOKEN";

    public static string Usage =>
        $"""
        Set {EndpointVariable} to the service root, such as http://127.0.0.1:5080/v1 for the local emulator or
        https://api.ci.ai.dynamics.com/v1 for the real service, and for the real service also
        {SubscriptionKeyVariable} (your API key) and {AccessTokenVariable} (an Entra ID access token); the emulator
        takes any values for these two, but needs both.
        """;

    /// <summary>The settings, or the reason they are unusable.</summary>
    public static (SampleSettings? Settings, string? Problem) FromEnvironment()
    {
        var endpoint = Environment.GetEnvironmentVariable(EndpointVariable);
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return (null, $"No endpoint is configured: {EndpointVariable} is not set.");
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return (null, $"{EndpointVariable} must be an absolute http or https URL; it is '{endpoint}'.");
        }

        return (new SampleSettings(
            uri,
            Environment.GetEnvironmentVariable(SubscriptionKeyVariable),
            Environment.GetEnvironmentVariable(AccessTokenVariable)), null);
    }
}
