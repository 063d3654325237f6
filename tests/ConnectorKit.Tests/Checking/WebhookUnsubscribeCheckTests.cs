using ConnectorKit.Checking;
using ConnectorKit.Diagnostics;
using ConnectorKit.Model;
using Xunit;
using static ConnectorKit.Tests.Checking.TestModel;

namespace ConnectorKit.Tests.Checking;

public class WebhookUnsubscribeCheckTests
{
    private readonly WebhookUnsubscribeCheck _check = new();

    [Fact]
    public void ReportsAMissingUnsubscribeAtTheWebhook()
    {
        var trigger = Webhook("OnItem", "/hooks", "x", 20);
        trigger = trigger with { Webhook = trigger.Webhook! with { Unsubscribe = new ModelReference("", SourcePosition.None) } };

        Single(_check.Run(Empty() with { Triggers = [trigger] }), "CK2008", 21, 3);
    }

    [Fact]
    public void ReportsAnUnsubscribeThatIsNotADeleteAction()
    {
        var model = Empty() with
        {
            Actions = [Action("RemoveHook", "post", "/hooks/remove", 10)],
            Triggers = [Webhook("OnItem", "/hooks", "RemoveHook", 20)],
        };

        var diagnostic = Single(_check.Run(model), "CK2009", 23, 7);
        Assert.Contains("POST action", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsAnUnsubscribeThatIsATrigger()
    {
        var model = Empty() with { Triggers = [Webhook("OnItem", "/hooks", "OnItem", 20)] };

        Single(_check.Run(model), "CK2009", 23, 7);
    }

    [Fact]
    public void ADeleteActionOrAnUnknownNamePasses()
    {
        var model = Empty() with
        {
            Actions = [Action("DeleteHook", "DELETE", "/hooks/{id}", 10)],
            Triggers = [Webhook("OnItem", "/hooks", "DeleteHook", 20), Webhook("OnOther", "/others", "Unknown", 30)],
        };

        Assert.Empty(_check.Run(model));
    }
}
