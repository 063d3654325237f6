using ConnectorKit.Runtime.Policies;
using ConnectorKit.Runtime.Tests.TestSupport;
using static ConnectorKit.Runtime.Tests.TestSupport.PolicyHarness;

namespace ConnectorKit.Runtime.Tests.Policies.Templates;

public sealed class DynamicSubdomainTests
{
    [Fact]
    public async Task The_subdomain_replaces_the_first_label_of_the_host()
    {
        var harness = new PolicyHarness();
        harness.Connection["region"] = "eu";
        await harness.ApplyAsync(Build("dynamicsubdomain", With(("subdomain", "@connectionParameters('region')"))));

        Assert.Equal("https://eu.example.com/api/items", harness.Request.Address.AbsoluteUri);
    }

    [Fact]
    public async Task A_value_that_is_not_one_host_label_fails_the_call()
    {
        var harness = new PolicyHarness();
        harness.Connection["region"] = "evil.com/";
        await Assert.ThrowsAsync<PolicyFailedException>(() => harness.ApplyAsync(Build("dynamicsubdomain", With(("subdomain", "@connectionParameters('region')")))));
    }
}
