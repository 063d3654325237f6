using ConnectorKit.Checking;
using Xunit;
using static ConnectorKit.Tests.Checking.TestModel;

namespace ConnectorKit.Tests.Checking;

public class OperationIdFormCheckTests
{
    private readonly OperationIdFormCheck _check = new();

    [Theory]
    [InlineData("get_items", " Use 'GetItems'.")]
    [InlineData("getItems", " Use 'GetItems'.")]
    [InlineData("1Items", "")]
    public void ReportsIdsThatAreNotPascalCase(string id, string hint)
    {
        var model = Empty() with { Triggers = [Webhook(id, "/hooks", "Delete", 12)] };

        var diagnostic = Single(_check.Run(model), "CK2018", 12, 3);
        Assert.EndsWith("letters and digits." + hint, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AcceptsLettersAndDigitsAfterACapital()
    {
        var model = Empty() with { Actions = [Action("GetItemsV2", "get", "/items", 10)] };

        Assert.Empty(_check.Run(model));
    }
}
