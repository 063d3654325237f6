using ConnectorKit.Runtime.Tests.TestSupport;
using static ConnectorKit.Runtime.Tests.TestSupport.PolicyHarness;

namespace ConnectorKit.Runtime.Tests.Policies.Templates;

public sealed class RouteRequestToEndpointTests
{
    [Fact]
    public async Task New_path_takes_path_segments_and_expressions_encoded_below_the_base_path()
    {
        var harness = new PolicyHarness();
        harness.PathValues["baseCurrency"] = "EUR/USD";
        harness.Connection["apiKey"] = "k 1";
        await harness.ApplyAsync(Build("routerequesttoendpoint", With(("newPath", "/@connectionParameters('apiKey')/latest/{basecurrency}"))));

        Assert.Equal("https://api.example.com/api/k%201/latest/EUR%2FUSD", harness.Request.Address.AbsoluteUri);
        Assert.Equal("GET", harness.Request.Method);
    }

    [Fact]
    public async Task Http_method_changes_the_method_and_the_original_method_keeps_it()
    {
        var harness = new PolicyHarness();
        await harness.ApplyAsync(Build("routerequesttoendpoint", With(("newPath", "/envelopes/void?reason=x"), ("httpMethod", "DELETE"))));
        Assert.Equal("DELETE", harness.Request.Method);
        Assert.Equal("https://api.example.com/api/envelopes/void?reason=x", harness.Request.Address.AbsoluteUri);

        await harness.ApplyAsync(Build("routerequesttoendpoint", With(("newPath", "/other"), ("httpMethod", "@Request.OriginalHTTPMethod"))));
        Assert.Equal("DELETE", harness.Request.Method);
    }
}
