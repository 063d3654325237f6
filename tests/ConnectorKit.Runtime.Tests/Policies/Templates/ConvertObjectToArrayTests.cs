using ConnectorKit.Runtime.Tests.TestSupport;
using static ConnectorKit.Runtime.Tests.TestSupport.PolicyHarness;

namespace ConnectorKit.Runtime.Tests.Policies.Templates;

public sealed class ConvertObjectToArrayTests
{
    [Fact]
    public async Task Each_property_becomes_an_element_with_its_name_and_value()
    {
        var harness = new PolicyHarness();
        harness.ResponseJson("""{"peopleObject":{"XYZ":{"Age":"30"},"ABC":{"Age":"23"}}}""");
        await harness.ApplyAsync(Build("convertobjecttoarray", With(("propertyParentPath", "@body()"), ("propertySubPath", "peopleObject"),
            ("newPropertyPath", "@body().peopleArray"), ("keyName", "Name"), ("valueName", "Details"), ("x-ms-apimTemplate-policySection", "Response"))));

        JsonEqual("""{"peopleObject":{"XYZ":{"Age":"30"},"ABC":{"Age":"23"}},"peopleArray":[{"Name":"XYZ","Details":{"Age":"30"}},{"Name":"ABC","Details":{"Age":"23"}}]}""",
            harness.Response.Body.ReadJson());
    }

    [Fact]
    public async Task Key_and_value_are_the_default_names_and_a_sub_path_of_null_means_the_parent()
    {
        var harness = new PolicyHarness();
        harness.RequestJson("""{"Zones":{"DE":{"c":1}}}""");
        await harness.ApplyAsync(Build("convertobjecttoarray", With(("propertyParentPath", "@body().Zones"), ("propertySubPath", "null"), ("newPropertyPath", "@body().Zones"))));

        JsonEqual("""{"Zones":[{"key":"DE","value":{"c":1}}]}""", harness.Request.Body.ReadJson());
    }
}
