using ConnectorKit.Runtime.Tests.TestSupport;
using static ConnectorKit.Runtime.Tests.TestSupport.PolicyHarness;

namespace ConnectorKit.Runtime.Tests.Policies.Templates;

public sealed class ConvertArrayToObjectTests
{
    [Fact]
    public async Task Keys_each_element_by_its_key_keeping_the_key_by_default()
    {
        var harness = new PolicyHarness();
        harness.RequestJson("""{"peopleArray":[{"Name":"XYZ","Age":"30"},{"Name":"ABC","Age":"23"}]}""");
        await harness.ApplyAsync(Build("convertarraytoobject", With(("propertyParentPath", "@body()"), ("propertySubPath", "peopleArray"),
            ("keyWithinCollectionPath", "Name"), ("newPropertyPath", "@body().peopleObject"))));

        JsonEqual("""{"peopleArray":[{"Name":"XYZ","Age":"30"},{"Name":"ABC","Age":"23"}],"peopleObject":{"XYZ":{"Name":"XYZ","Age":"30"},"ABC":{"Name":"ABC","Age":"23"}}}""",
            harness.Request.Body.ReadJson());
    }

    [Fact]
    public async Task Retain_key_false_drops_the_key_and_the_result_may_replace_the_array_in_the_response()
    {
        var harness = new PolicyHarness();
        harness.ResponseJson("""{"list":[{"id":"a","v":1},{"v":2},{"id":"a","v":3}]}""");
        await harness.ApplyAsync(Build("convertarraytoobject", With(("propertyParentPath", "@body().list"), ("keyWithinCollectionPath", "id"),
            ("newPropertyPath", "@body().list"), ("retainKey", "false"), ("x-ms-apimTemplate-policySection", "Response"))));

        JsonEqual("""{"list":{"a":{"v":1}}}""", harness.Response.Body.ReadJson());
        Assert.Contains(harness.Changes, c => c.Contains("2 without a key or with a repeated key left out", StringComparison.Ordinal));
    }
}
