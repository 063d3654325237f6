using ConnectorKit.Runtime.Tests.TestSupport;
using static ConnectorKit.Runtime.Tests.TestSupport.PolicyHarness;

namespace ConnectorKit.Runtime.Tests.Policies.Templates;

public sealed class SetPropertyTests
{
    [Fact]
    public async Task Sets_a_constant_in_an_object()
    {
        var harness = new PolicyHarness();
        harness.RequestJson("""{"peopleObject":{"XYZ":{"Age":"30"}}}""");
        await harness.ApplyAsync(Build("setproperty", With(("newPropertyParentPathTemplate", "@body().peopleObject"), ("newPropertySubPathTemplate", "location"), ("propertyValuePathTemplate", "USA"))));

        JsonEqual("""{"peopleObject":{"XYZ":{"Age":"30"},"location":"USA"}}""", harness.Request.Body.ReadJson());
    }

    [Fact]
    public async Task Sets_the_property_in_each_element_of_a_collection_from_the_element_itself()
    {
        var harness = new PolicyHarness();
        harness.ResponseJson("""{"people":[{"id":"1","ref":"a"},{"id":"2","ref":"b"}]}""");
        await harness.ApplyAsync(Build("setproperty", With(("newPropertyParentPathTemplate", "@body().people"), ("newPropertySubPathTemplate", "title"),
            ("propertyValuePathTemplate", "{@item()['id']}-{@item().ref}"), ("x-ms-apimTemplate-policySection", "Response"))));

        JsonEqual("""{"people":[{"id":"1","ref":"a","title":"1-a"},{"id":"2","ref":"b","title":"2-b"}]}""", harness.Response.Body.ReadJson());
    }

    [Fact]
    public async Task A_template_that_forms_a_json_array_becomes_that_array_and_a_single_expression_keeps_its_type()
    {
        var harness = new PolicyHarness();
        harness.RequestJson("""{"gifts":{"amount":5},"count":3}""");
        await harness.ApplyAsync(Build("setproperty", With(("newPropertyParentPathTemplate", "@body()"), ("newPropertySubPathTemplate", "gifts"), ("propertyValuePathTemplate", "[{@body().gifts}]"))));
        await harness.ApplyAsync(Build("setproperty", With(("newPropertyParentPathTemplate", "body()"), ("newPropertySubPathTemplate", "total"), ("propertyValuePathTemplate", "@body().count"))));

        JsonEqual("""{"gifts":[{"amount":5}],"count":3,"total":3}""", harness.Request.Body.ReadJson());
    }
}
