using ConnectorKit.Checking;
using Xunit;
using static ConnectorKit.Tests.Checking.TestModel;

namespace ConnectorKit.Tests.Checking;

public class PolicyOperationCheckTests
{
    private readonly PolicyOperationCheck _check = new();

    [Fact]
    public void ReportsAnUnknownOperationAtItsReference()
    {
        var policy = Policy("setheader", """{"name":"a","value":"b"}""", 40) with { Operations = [Ref("GetItems", 42), Ref("GetItem", 43)] };
        var model = Empty() with { Actions = [Action("GetItems", "get", "/items", 10)], Policies = [policy] };

        var diagnostic = Single(_check.Run(model), "CK2010", 43, 7);
        Assert.EndsWith("Did you mean 'GetItems'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APolicyForAllOperationsPasses()
    {
        var model = Empty() with { Policies = [Policy("setheader", """{"name":"a","value":"b"}""", 40)] };

        Assert.Empty(_check.Run(model));
    }
}
