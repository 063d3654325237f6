using ConnectorKit.Checking;
using ConnectorKit.Model;
using Xunit;
using static ConnectorKit.Tests.Checking.TestModel;

namespace ConnectorKit.Tests.Checking;

public class DuplicateRouteCheckTests
{
    private readonly DuplicateRouteCheck _check = new();

    [Fact]
    public void ReportsTheSecondOperationOnAMethodAndPath()
    {
        var model = Empty() with { Actions = [Action("ListItems", "get", "/items", 10), Action("GetItems", "GET", "/items", 20)] };

        var diagnostic = Single(_check.Run(model), "CK2015", 20, 3);
        Assert.Contains("'ListItems'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsAWebhookAtItsWebhookPosition()
    {
        var model = Empty() with
        {
            Actions = [Action("AddHook", "post", "/hooks", 10)],
            Triggers = [Webhook("OnItem", "/hooks", "DeleteHook", 20)],
        };

        Single(_check.Run(model), "CK2015", 21, 3);
    }

    [Fact]
    public void OtherMethodsOnOnePathAndTriggersWithoutRouteAreFine()
    {
        var model = Empty() with
        {
            Actions = [Action("ListItems", "get", "/items", 10), Action("AddItem", "post", "/items", 20)],
            Triggers = [new TriggerModel { Id = "Broken", Summary = "s", Description = "d", Position = At(30) }],
        };

        Assert.Empty(_check.Run(model));
    }
}
