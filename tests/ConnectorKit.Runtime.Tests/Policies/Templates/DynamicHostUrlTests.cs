using ConnectorKit.Runtime.Policies;
using ConnectorKit.Runtime.Tests.TestSupport;
using static ConnectorKit.Runtime.Tests.TestSupport.PolicyHarness;

namespace ConnectorKit.Runtime.Tests.Policies.Templates;

public sealed class DynamicHostUrlTests
{
    [Theory]
    [InlineData("https://@headers('test').abc.xyz:@headers('port')", "https://foo.abc.xyz:1234/items")]
    [InlineData("https://@connectionParameters('cat').abc.xyz", "https://bar.abc.xyz/items")]
    [InlineData("https://@header('test').abc.@queryParameters('domain')/@connectionParameters('subPath')", "https://foo.abc.pqr/path/items")]
    [InlineData("https://@header('test123', 'default').abc.xyz", "https://default.abc.xyz/items")]
    public async Task The_url_template_replaces_the_host_url(string template, string expected)
    {
        var harness = new PolicyHarness();
        harness.Request.Headers.Set("test", "foo");
        harness.Request.Headers.Set("port", "1234");
        harness.Connection["cat"] = "bar";
        harness.Connection["subPath"] = "path";
        harness.Request.SetQuery("domain", "pqr");
        await harness.ApplyAsync(Build("dynamichosturl", With(("urlTemplate", template))));

        Assert.Equal(expected, harness.Request.Address.GetLeftPart(UriPartial.Path));
    }

    [Fact]
    public async Task A_template_that_gives_no_usable_url_fails_the_call()
    {
        var harness = new PolicyHarness();
        var policy = Build("dynamichosturl", With(("urlTemplate", "https://@connectionParameters('missing')")));

        var failure = await Assert.ThrowsAsync<PolicyFailedException>(() => harness.ApplyAsync(policy));
        Assert.Contains("not an absolute http or https URL", failure.Message, StringComparison.Ordinal);
    }
}
