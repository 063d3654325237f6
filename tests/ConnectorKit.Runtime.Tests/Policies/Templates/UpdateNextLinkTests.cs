using ConnectorKit.Runtime.Tests.TestSupport;
using static ConnectorKit.Runtime.Tests.TestSupport.PolicyHarness;

namespace ConnectorKit.Runtime.Tests.Policies.Templates;

public sealed class UpdateNextLinkTests
{
    [Fact]
    public async Task A_link_below_the_backend_points_at_the_runtime_instead()
    {
        var harness = new PolicyHarness();
        harness.ResponseJson("""{"value":[],"@odata.nextLink":"https://api.example.com/api/items?$skip=20"}""");
        await harness.ApplyAsync(Build("updatenextlink", With(("nextLinkPropertyName", "@odata.nextLink"))));

        JsonEqual("""{"value":[],"@odata.nextLink":"http://127.0.0.1:5090/api/items?$skip=20"}""", harness.Response.Body.ReadJson());
    }

    [Fact]
    public async Task A_relative_link_in_a_nested_object_is_resolved_and_a_foreign_link_is_left_alone()
    {
        var harness = new PolicyHarness();
        harness.ResponseJson("""{"paging":{"next":"items?page=2"}}""");
        await harness.ApplyAsync(Build("updatenextlink", With(("nextLinkPropertyName", "next"), ("nextLinkParentPropertyPath", "@body().paging"))));
        JsonEqual("""{"paging":{"next":"http://127.0.0.1:5090/api/items?page=2"}}""", harness.Response.Body.ReadJson());

        var foreign = new PolicyHarness();
        foreign.ResponseJson("""{"nextLink":"https://elsewhere.example.org/page/2"}""");
        await foreign.ApplyAsync(Build("updatenextlink", With(("nextLinkPropertyName", "nextLink"))));
        JsonEqual("""{"nextLink":"https://elsewhere.example.org/page/2"}""", foreign.Response.Body.ReadJson());
        Assert.Contains(foreign.Changes, c => c.Contains("left as is", StringComparison.Ordinal));
    }
}
