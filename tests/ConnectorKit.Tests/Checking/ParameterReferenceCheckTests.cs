using ConnectorKit.Checking;
using Xunit;
using static ConnectorKit.Tests.Checking.TestModel;

namespace ConnectorKit.Tests.Checking;

public class ParameterReferenceCheckTests
{
    private readonly ParameterReferenceCheck _check = new();

    [Fact]
    public void ReportsAnUnknownKeyAtTheReference()
    {
        var model = Empty() with
        {
            Parameters = [Parameter("dataset", "path", 5)],
            Actions = [Action("GetItems", "get", "/{dataset}", 10, Uses("dataset", 12), Uses("datset", 13))],
        };

        var diagnostic = Single(_check.Run(model), "CK2004", 13, 7);
        Assert.EndsWith("Did you mean 'dataset'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsAnUnknownKeyOfThePathItemParameters()
    {
        var model = Empty() with
        {
            Parameters = [Parameter("userAgent", "header", 5)],
            Actions = [Action("GetItems", "get", "/items", 10) with { PathItemParameters = [Uses("userAgents", 14)] }],
        };

        var diagnostic = Single(_check.Run(model), "CK2004", 14, 7);
        Assert.EndsWith("Did you mean 'userAgent'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InlineParametersNeedNoDefinition()
    {
        var model = Empty() with { Actions = [Action("GetItems", "get", "/items", 10, Inline(Parameter("top", "query", 12)))] };

        Assert.Empty(_check.Run(model));
    }
}
