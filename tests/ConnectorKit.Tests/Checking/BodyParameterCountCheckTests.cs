using ConnectorKit.Checking;
using Xunit;
using static ConnectorKit.Tests.Checking.TestModel;

namespace ConnectorKit.Tests.Checking;

public class BodyParameterCountCheckTests
{
    private readonly BodyParameterCountCheck _check = new();

    [Fact]
    public void ReportsTheSecondBodyParameter()
    {
        var model = Empty() with
        {
            Parameters = [Parameter("payload", "body", 5)],
            Actions = [Action("AddItem", "post", "/items", 10, Inline(Parameter("item", "body", 12)), Uses("payload", 14))],
        };

        Single(_check.Run(model), "CK2019", 14, 7);
    }

    [Fact]
    public void ReportsAnyBodyParameterOfAWebhookTrigger()
    {
        var model = Empty() with { Triggers = [Webhook("OnItem", "/hooks", "DeleteHook", 20, Inline(Parameter("body", "body", 25)))] };

        var diagnostic = Single(_check.Run(model), "CK2019", 25, 3);
        Assert.Contains("'filters'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OneBodyParameterBesideOthersPasses()
    {
        var model = Empty() with
        {
            Actions = [Action("AddItem", "post", "/items", 10, Inline(Parameter("item", "body", 12)), Inline(Parameter("mode", "query", 13)))],
        };

        Assert.Empty(_check.Run(model));
    }
}
