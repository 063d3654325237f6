using ConnectorKit.Runtime.Tests.TestSupport;
using static ConnectorKit.Runtime.Tests.TestSupport.PolicyHarness;

namespace ConnectorKit.Runtime.Tests.Policies.Templates;

public sealed class MovePropertiesTests
{
    [Fact]
    public async Task Moves_the_value_out_of_each_element()
    {
        var harness = new PolicyHarness();
        harness.ResponseJson("""{"rows":[{"meta":{"id":1},"name":"a"},{"meta":{"id":2},"name":"b"}]}""");
        await harness.ApplyAsync(Build("moveproperties", With(("propertyParentPath", "@body().rows"), ("propertySubPath", "meta.id"),
            ("newPropertyPath", "@item().id"), ("x-ms-apimTemplate-policySection", "Response"))));

        JsonEqual("""{"rows":[{"meta":{},"name":"a","id":1},{"meta":{},"name":"b","id":2}]}""", harness.Response.Body.ReadJson());
    }

    [Fact]
    public void Without_a_sub_path_there_is_nothing_to_move()
    {
        var (policy, diagnostics) = TryBuild("moveproperties", With(("propertyParentPath", "@body()"), ("newPropertyPath", "@body().x")));

        Assert.Null(policy);
        Assert.Contains(diagnostics, d => d.Message.Contains("propertySubPath", StringComparison.Ordinal));
    }
}
