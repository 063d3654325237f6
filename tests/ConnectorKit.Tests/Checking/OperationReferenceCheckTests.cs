using ConnectorKit.Checking;
using ConnectorKit.Model;
using Xunit;
using static ConnectorKit.Tests.Checking.TestModel;

namespace ConnectorKit.Tests.Checking;

public class OperationReferenceCheckTests
{
    private readonly OperationReferenceCheck _check = new();

    [Fact]
    public void ReportsAPickerOfAReusableParameterAtItsOperation()
    {
        var model = Empty() with
        {
            Parameters = [Parameter("dataset", "query", 5) with { Picker = Picker("ListDatasts", 6) }],
            Actions = [Action("ListDatasets", "get", "/datasets", 10)],
        };

        var diagnostic = Single(_check.Run(model), "CK2003", 7, 7);
        Assert.EndsWith("Did you mean 'ListDatasets'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsDynamicSchemasFilterPickersAndUnsubscribe()
    {
        var body = Parameter("item", "body", 12) with { DynamicSchema = new DynamicSchemaModel { Operation = Ref("NoSchema", 13), Position = At(13) } };
        var trigger = Webhook("OnItem", "/hooks", "NoDelete", 20) with
        {
            Filters = [new FilterModel { Name = "kind", Type = "string", Picker = Picker("NoKinds", 25), Position = At(25) }],
        };
        var model = Empty() with { Actions = [Action("AddItem", "post", "/items", 10, Inline(body))], Triggers = [trigger] };

        var findings = _check.Run(model);

        Assert.All(findings, d => Assert.Equal("CK2003", d.Code));
        Assert.Equal([13, 23, 26], findings.Select(d => d.Position.Line).Order());
    }

    [Fact]
    public void AnEmptyUnsubscribeIsLeftToTheWebhookCheck()
    {
        var model = Empty() with { Triggers = [Webhook("OnItem", "/hooks", "", 20)] };

        Assert.Empty(_check.Run(model));
    }
}
