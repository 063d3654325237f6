using ConnectorKit.Runtime.Tests.TestSupport;
using static ConnectorKit.Runtime.Tests.TestSupport.PolicyHarness;

namespace ConnectorKit.Runtime.Tests.Policies.Templates;

public sealed class StringToArrayTests
{
    [Fact]
    public async Task Splits_at_every_delimiter_into_objects_of_the_child_property()
    {
        var harness = new PolicyHarness();
        harness.RequestJson("""{"peopleObject":{"XYZ":{"Age":"3;0,7"},"ABC":{"Age":"23;45"}}}""");
        await harness.ApplyAsync(Build("stringtoarray", With(("propertyParentPath", "@body()"), ("propertySubPath", "peopleObject.XYZ.Age"),
            ("delimiterList", ";,"), ("childPropertyName", "AgeW"), ("newPropertyPath", "@body.peopleObject.XYZ.Age"))));

        JsonEqual("""{"peopleObject":{"XYZ":{"Age":[{"AgeW":"3"},{"AgeW":"0"},{"AgeW":"7"}]},"ABC":{"Age":"23;45"}}}""", harness.Request.Body.ReadJson());
    }

    [Fact]
    public async Task A_value_that_is_not_a_string_is_left_alone()
    {
        var harness = new PolicyHarness();
        harness.RequestJson("""{"ids":5}""");
        await harness.ApplyAsync(Build("stringtoarray", With(("propertyParentPath", "@body()"), ("propertySubPath", "ids"),
            ("delimiterList", ";"), ("childPropertyName", "id"), ("newPropertyPath", "@body().ids"))));

        JsonEqual("""{"ids":5}""", harness.Request.Body.ReadJson());
        Assert.Contains(harness.Changes, c => c.Contains("no string at", StringComparison.Ordinal));
    }
}
