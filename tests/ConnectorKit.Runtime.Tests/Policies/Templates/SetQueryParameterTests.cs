using ConnectorKit.Runtime.Tests.TestSupport;
using static ConnectorKit.Runtime.Tests.TestSupport.PolicyHarness;

namespace ConnectorKit.Runtime.Tests.Policies.Templates;

public sealed class SetQueryParameterTests
{
    [Fact]
    public async Task Sets_from_a_query_parameter_and_a_connection_parameter()
    {
        var harness = new PolicyHarness();
        harness.Connection["cat"] = "bar";
        harness.Request.SetQuery("domain", "pqr");
        await harness.ApplyAsync(Build("setqueryparameter", With(("name", "domain"), ("value", "@queryParameters('domain')@connectionParameters('cat')"))));

        Assert.Equal("pqrbar", harness.Request.QueryValue("domain"));
        Assert.Equal("https://api.example.com/api/items?domain=pqrbar", harness.Request.Address.AbsoluteUri);
    }

    [Fact]
    public async Task Skip_keeps_the_callers_value_as_a_default_does()
    {
        var harness = new PolicyHarness();
        harness.Request.SetQuery("$top", "10");
        await harness.ApplyAsync(Build("setqueryparameter", With(("name", "$top"), ("value", "50"), ("existsAction", "skip"))));
        await harness.ApplyAsync(Build("setqueryparameter", With(("name", "format"), ("value", "json"), ("existsAction", "skip"))));

        Assert.Equal("10", harness.Request.QueryValue("$top"));
        Assert.Equal("json", harness.Request.QueryValue("format"));
    }

    [Fact]
    public void It_runs_on_requests_only()
    {
        var (policy, diagnostics) = TryBuild("setqueryparameter", With(("name", "a"), ("value", "b"), ("x-ms-apimTemplate-policySection", "Response")));

        Assert.Null(policy);
        Assert.Contains(diagnostics, d => d.Message.Contains("runs on Request", StringComparison.Ordinal));
    }
}
