using ConnectorKit.Checking;
using ConnectorKit.Model;
using Xunit;
using static ConnectorKit.Tests.Checking.TestModel;

namespace ConnectorKit.Tests.Checking;

public class SchemaReferenceCheckTests
{
    private readonly SchemaReferenceCheck _check = new();

    private static NamedSchemaModel Item { get; } = new("Item", Raw("""{"type":"object"}""", 5), At(5));

    [Fact]
    public void ReportsAnUnknownNameAtTheRefWithAHint()
    {
        var schema = new NamedSchemaModel("List", Raw("""{"type":"array","items":{"$ref":"Itme"}}""", 10, ("/items/$ref", 12)), At(10));
        var model = Empty() with { Schemas = [Item, schema] };

        var diagnostic = Single(_check.Run(model), "CK2002", 12, 9);
        Assert.EndsWith("Did you mean 'Item'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsRefsInParametersResponsesPayloadsAndSubscriptions()
    {
        var body = Parameter("body", "body", 20) with { Schema = Raw("""{"$ref":"#/definitions/Gone"}""", 21, ("/$ref", 21)) };
        var ids = Parameter("ids", "query", 23) with { Items = Raw("""{"$ref":"Gone"}""", 24, ("/$ref", 24)) };
        var action = Action("AddItem", "post", "/items", 18, Inline(body), Inline(ids)) with
        {
            Responses = [new ResponseModel { Key = "200", Schema = Raw("""{"$ref":"Gone"}""", 27, ("/$ref", 27)), Position = At(26) }],
        };
        var trigger = Webhook("OnItem", "/hooks", "AddItem", 30) with
        {
            Payload = Raw("""{"allOf":[{"$ref":"Gone"}]}""", 35, ("/allOf/0/$ref", 36)),
        };
        trigger = trigger with { Webhook = trigger.Webhook! with { Subscription = Raw("""{"$ref":"Gone"}""", 38, ("/$ref", 38)) } };
        var model = Empty() with { Actions = [action], Triggers = [trigger] };

        var findings = _check.Run(model);

        Assert.All(findings, d => Assert.Equal("CK2002", d.Code));
        Assert.Equal([21, 24, 27, 36, 38], findings.Select(d => d.Position.Line).Order());
    }

    [Fact]
    public void ReportsAWebhookBodySchemaThatNamesNoSchema()
    {
        var trigger = Webhook("OnItem", "/hooks", "AddItem", 30);
        trigger = trigger with { Webhook = trigger.Webhook! with { BodySchema = Ref("Itm", 33) } };
        var known = Webhook("OnOther", "/others", "AddItem", 40);
        known = known with { Webhook = known.Webhook! with { BodySchema = Ref("Item", 43) } };

        var diagnostic = Single(_check.Run(Empty() with { Schemas = [Item], Triggers = [trigger, known] }), "CK2002", 33, 7);
        Assert.EndsWith("Did you mean 'Item'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsARefThatPointsOutsideTheDefinitions()
    {
        var schema = new NamedSchemaModel("List", Raw("""{"$ref":"#/parameters/top"}""", 10, ("/$ref", 11)), At(10));

        var diagnostic = Single(_check.Run(Empty() with { Schemas = [schema] }), "CK2002", 11, 9);
        Assert.Contains("neither a schema name nor", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IgnoresRefKeysInExamplesAndPropertiesNamedRef()
    {
        var json = """{"properties":{"$ref":{"type":"string"},"link":{"$ref":"#/definitions/Item"}},"example":{"$ref":"Other"},"default":{"$ref":"Other"}}""";
        var model = Empty() with { Schemas = [Item, new NamedSchemaModel("Link", Raw(json, 10), At(10))] };

        Assert.Empty(_check.Run(model));
    }
}
