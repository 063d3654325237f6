using ConnectorKit.Checking;
using ConnectorKit.Model;
using Xunit;
using static ConnectorKit.Tests.Checking.TestModel;

namespace ConnectorKit.Tests.Checking;

public class ScriptOperationCheckTests
{
    private readonly ScriptOperationCheck _check = new();

    [Fact]
    public void ReportsAnUnknownOperationAtItsReference()
    {
        var model = Empty() with
        {
            Actions = [Action("GetSchema", "get", "/schema", 10)],
            Script = new ScriptModel(new ModelPath("script.csx", At(50)), [Ref("GetSchema", 51), Ref("Transform", 52)], At(50)),
        };

        Single(_check.Run(model), "CK2016", 52, 7);
    }

    [Fact]
    public void AScriptForAllOperationsPasses()
    {
        var model = Empty() with { Script = new ScriptModel(new ModelPath("script.csx", At(50)), [], At(50)) };

        Assert.Empty(_check.Run(model));
    }
}
