using ConnectorKit.Checking;
using ConnectorKit.Model;
using Xunit;
using static ConnectorKit.Tests.Checking.TestModel;

namespace ConnectorKit.Tests.Checking;

public class PathParameterCheckTests
{
    private readonly PathParameterCheck _check = new();

    [Fact]
    public void ReportsAReferencedPathParameterMissingFromThePathAtItsReference()
    {
        var model = Empty() with
        {
            Parameters = [Parameter("dataset", "path", 5)],
            Actions = [Action("GetItems", "get", "/items", 10, Uses("dataset", 12))],
        };

        Single(_check.Run(model), "CK2006", 12, 7);
    }

    [Fact]
    public void ReportsAnInlinePathParameterAtItsDefinitionWithAHint()
    {
        var model = Empty() with { Actions = [Action("GetItem", "get", "/items/{itemId}", 10, Inline(Parameter("itemid", "path", 13)))] };

        var findings = _check.Run(model);

        var notInPath = Assert.Single(findings, d => d.Code == "CK2006");
        Assert.Equal(At(13), notInPath.Position);
        Assert.EndsWith("Did you mean 'itemId'?", notInPath.Message, StringComparison.Ordinal);
        Assert.Single(findings, d => d.Code == "CK2007");
    }

    [Fact]
    public void ReportsASegmentWithoutParameterAtTheWebhookOfATrigger()
    {
        var model = Empty() with { Triggers = [Webhook("OnItem", "/datasets/{dataset}/hooks", "DeleteHook", 20)] };

        var diagnostic = Single(_check.Run(model), "CK2007", 21, 3);
        Assert.Contains("'{dataset}'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChecksThePollingPathOfAPollingTrigger()
    {
        var trigger = new TriggerModel
        {
            Id = "OnNewItem",
            Summary = "s",
            Description = "d",
            Polling = new PollingModel { Path = "/items/{since}", Position = At(31) },
            Position = At(30),
        };

        Single(_check.Run(Empty() with { Triggers = [trigger] }), "CK2007", 31, 3);
    }

    [Fact]
    public void MatchingParametersAndSegmentsPass()
    {
        var model = Empty() with
        {
            Parameters = [Parameter("dataset", "path", 5), Parameter("top", "query", 6)],
            Actions = [Action("GetItem", "get", "/{dataset}/items/{id}", 10, Uses("dataset", 11), Uses("top", 12), Inline(Parameter("id", "path", 13)))],
        };

        Assert.Empty(_check.Run(model));
    }
}
