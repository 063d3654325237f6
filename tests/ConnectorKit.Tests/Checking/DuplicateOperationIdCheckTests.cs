using ConnectorKit.Checking;
using Xunit;
using static ConnectorKit.Tests.Checking.TestModel;

namespace ConnectorKit.Tests.Checking;

public class DuplicateOperationIdCheckTests
{
    private readonly DuplicateOperationIdCheck _check = new();

    [Fact]
    public void ReportsTheSecondOperationWithAnId()
    {
        var model = Empty() with
        {
            Actions = [Action("GetItems", "get", "/items", 10)],
            Triggers = [Webhook("GetItems", "/hooks", "GetItems", 20)],
        };

        var diagnostic = Single(_check.Run(model), "CK2001", 20, 3);
        Assert.Contains("connector.yaml(10,3)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IdsDifferingInCaseAreDistinct()
    {
        var model = Empty() with { Actions = [Action("GetItems", "get", "/a", 10), Action("Getitems", "get", "/b", 20)] };

        Assert.Empty(_check.Run(model));
    }
}
