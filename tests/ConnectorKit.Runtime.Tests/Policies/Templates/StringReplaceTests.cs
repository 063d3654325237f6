using ConnectorKit.Runtime.Tests.TestSupport;
using static ConnectorKit.Runtime.Tests.TestSupport.PolicyHarness;

namespace ConnectorKit.Runtime.Tests.Policies.Templates;

public sealed class StringReplaceTests
{
    [Fact]
    public async Task Replaces_in_each_element_and_writes_relative_to_the_element()
    {
        var harness = new PolicyHarness();
        harness.ResponseJson("""{"contacts":[{"url":"https://api.freeagent.com/v2/contacts/7"},{"url":"https://api.freeagent.com/v2/contacts/9"}]}""");
        await harness.ApplyAsync(Build("stringreplace", With(("propertyParentPath", "@body().contacts"), ("propertySubPath", "url"),
            ("sourceString", "https://api.freeagent.com/v2/contacts/"), ("replacementString", ""), ("newPropertyPath", "@item().id"),
            ("x-ms-apimTemplate-policySection", "Response"))));

        JsonEqual("""{"contacts":[{"url":"https://api.freeagent.com/v2/contacts/7","id":"7"},{"url":"https://api.freeagent.com/v2/contacts/9","id":"9"}]}""",
            harness.Response.Body.ReadJson());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_left_as_it_is()
    {
        var harness = new PolicyHarness();
        harness.RequestJson("not json");
        await harness.ApplyAsync(Build("stringreplace", With(("propertyParentPath", "@body()"), ("propertySubPath", "a"),
            ("sourceString", "x"), ("replacementString", "y"), ("newPropertyPath", "@body().a"))));

        Assert.Equal("not json", harness.Request.Body.AsText());
        Assert.Contains(harness.Changes, c => c.Contains("not JSON", StringComparison.Ordinal));
    }
}
