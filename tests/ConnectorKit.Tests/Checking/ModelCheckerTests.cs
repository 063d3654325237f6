using ConnectorKit.Checking;
using ConnectorKit.Diagnostics;
using Xunit;
using static ConnectorKit.Tests.Checking.TestModel;

namespace ConnectorKit.Tests.Checking;

public class ModelCheckerTests
{
    public static TheoryData<string> CheckIds => [.. ModelChecker.Checks.Select(c => c.Id)];

    [Fact]
    public void ValidModelHasNoFindings()
    {
        Assert.Empty(ModelChecker.Check(ValidModel.Create()));
    }

    [Theory]
    [MemberData(nameof(CheckIds))]
    public void EachCheckPassesTheValidModel(string id)
    {
        var check = ModelChecker.Checks.Single(c => c.Id == id);

        Assert.Empty(check.Run(ValidModel.Create()));
    }

    [Fact]
    public void CheckIdsAreDistinct()
    {
        Assert.Equal(ModelChecker.Checks.Count, ModelChecker.Checks.Select(c => c.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void OptionsSwitchACheckOffByIdIgnoringCase()
    {
        var model = Empty() with { Actions = [Action("GetItems", "get", "/a", 10), Action("GetItems", "get", "/b", 20)] };
        var options = new ModelCheckOptions { DisabledChecks = ["Duplicate-Operation-Ids"] };

        Assert.Contains(ModelChecker.Check(model), d => d.Code == "CK2001");
        Assert.DoesNotContain(ModelChecker.Check(model, options), d => d.Code == "CK2001");
    }

    [Fact]
    public void FindingsComeSortedByPositionNotByCheckOrder()
    {
        // The operation id check runs before the path check, but its finding is further down the file.
        var model = Empty() with
        {
            Actions = [Action("getItems", "get", "/items", 30), Action("GetItem", "get", "/items/{id}", 10)],
        };

        var findings = ModelChecker.Check(model);

        Assert.Equal(["CK2007", "CK2018"], findings.Select(d => d.Code));
        Assert.Equal([10, 30], findings.Select(d => d.Position.Line));
    }
}
