using ConnectorKit.Checking;
using ConnectorKit.Model;
using Xunit;
using static ConnectorKit.Tests.Checking.TestModel;

namespace ConnectorKit.Tests.Checking;

public class ResponseReferenceCheckTests
{
    private readonly ResponseReferenceCheck _check = new();

    [Fact]
    public void ReportsAnUnknownResponseAtTheReference()
    {
        var action = Action("GetItems", "get", "/items", 10) with
        {
            Responses = [new ResponseModel { Key = "404", Reference = Ref("NotFund", 14, 14), Position = At(14) }],
        };
        var model = Empty() with
        {
            Responses = [new ResponseModel { Key = "NotFound", Description = "Not found", Position = At(5) }],
            Actions = [action],
        };

        var diagnostic = Single(_check.Run(model), "CK2005", 14, 14);
        Assert.EndsWith("Did you mean 'NotFound'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InlineResponsesNeedNoDefinition()
    {
        var action = Action("GetItems", "get", "/items", 10) with
        {
            Responses = [new ResponseModel { Key = "200", Description = "OK", Position = At(12) }],
        };

        Assert.Empty(_check.Run(Empty() with { Actions = [action] }));
    }
}
