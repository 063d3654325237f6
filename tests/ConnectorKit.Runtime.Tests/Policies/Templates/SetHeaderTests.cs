using ConnectorKit.Runtime.Tests.TestSupport;
using static ConnectorKit.Runtime.Tests.TestSupport.PolicyHarness;

namespace ConnectorKit.Runtime.Tests.Policies.Templates;

public sealed class SetHeaderTests
{
    [Fact]
    public async Task Request_header_takes_a_connection_parameter_and_overrides_what_the_caller_sent()
    {
        var harness = new PolicyHarness();
        harness.Connection["subscriptionKey"] = "key-123";
        harness.Request.Headers.Set("Ocp-Apim-Subscription-Key", "caller-value");
        var policy = Build("setheader", With(("name", "Ocp-Apim-Subscription-Key"), ("value", "@connectionParameters('subscriptionKey')"), ("existsAction", "override")));

        await harness.ApplyAsync(policy);

        Assert.Equal("key-123", harness.Request.Headers.Get("Ocp-Apim-Subscription-Key"));
    }

    [Fact]
    public async Task Header_expressions_concatenate_with_text_and_fall_back_to_their_default()
    {
        var harness = new PolicyHarness();
        harness.Request.Headers.Set("test", "foo");
        await harness.ApplyAsync(Build("setheader", With(("name", "test"), ("value", "@headers('test')moo"))));
        await harness.ApplyAsync(Build("setheader", With(("name", "cat"), ("value", "@connectionParameters('cat', 'none')"))));

        Assert.Equal("foomoo", harness.Request.Headers.Get("test"));
        Assert.Equal("none", harness.Request.Headers.Get("cat"));
    }

    [Fact]
    public async Task Skip_keeps_an_existing_header_and_append_adds_a_value()
    {
        var harness = new PolicyHarness();
        harness.Request.Headers.Set("Accept", "text/plain");
        await harness.ApplyAsync(Build("setheader", With(("name", "Accept"), ("value", "application/json"), ("existsAction", "skip"))));
        Assert.Equal("text/plain", harness.Request.Headers.Get("Accept"));

        await harness.ApplyAsync(Build("setheader", With(("name", "Accept"), ("value", "application/json"), ("existsAction", "append"))));
        Assert.Equal("text/plain,application/json", harness.Request.Headers.Get("Accept"));
    }

    [Fact]
    public async Task In_the_response_and_failure_sections_it_sets_a_response_header()
    {
        var harness = new PolicyHarness();
        await harness.ApplyAsync(Build("setheader", With(("name", "X-Served-By"), ("value", "runtime"), ("x-ms-apimTemplate-policySection", "Response"))));
        Assert.Equal("runtime", harness.Response.Headers.Get("X-Served-By"));
        Assert.Null(harness.Request.Headers.Get("X-Served-By"));

        harness.Response.Status = 500;
        await harness.ApplyAsync(Build("setheader", With(("name", "X-Failed"), ("value", "yes"), ("x-ms-apimTemplate-policySection", "Failure"))));
        Assert.Equal("yes", harness.Response.Headers.Get("X-Failed"));
    }

    [Fact]
    public void A_missing_name_or_an_unknown_exists_action_is_a_load_error()
    {
        var (missing, missingDiagnostics) = TryBuild("setheader", With(("value", "x")));
        var (bad, badDiagnostics) = TryBuild("setheader", With(("name", "A"), ("value", "x"), ("existsAction", "replace")));

        Assert.Null(missing);
        Assert.Contains(missingDiagnostics, d => d.Code == "CK7002" && d.Message.Contains("name", StringComparison.Ordinal));
        Assert.Null(bad);
        Assert.Contains(badDiagnostics, d => d.Code == "CK7002" && d.Message.Contains("override, skip, append", StringComparison.Ordinal));
    }
}
