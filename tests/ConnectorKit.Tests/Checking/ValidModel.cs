using ConnectorKit.Model;
using static ConnectorKit.Tests.Checking.TestModel;

namespace ConnectorKit.Tests.Checking;

/// <summary>A model that uses every construct the checks look at, correctly: no check may report anything on it.</summary>
internal static class ValidModel
{
    public static ConnectorModel Create() => Empty() with
    {
        Auth = new AuthModel { Kind = AuthKind.ApiKey, SecurityName = "api_key", ParameterName = "api_key", KeyName = "X-Api-Key", KeyLocation = "header", Position = At(5) },
        ConnectionParameters = [new ConnectionParameterModel { Name = "region", Type = "string", Position = At(8) }],
        Parameters = [Parameter("dataset", "path", 12) with { Picker = Picker("ListDatasets", 14) }],
        Schemas =
        [
            new NamedSchemaModel(
                "Item",
                Raw("""{"type":"object","properties":{"child":{"$ref":"#/definitions/Child"},"$ref":{"type":"string"}},"example":{"$ref":"NotASchema"}}""", 20),
                At(20)),
            new NamedSchemaModel("Child", Raw("""{"type":"string"}""", 25), At(25)),
        ],
        Responses = [new ResponseModel { Key = "NotFound", Description = "Not found", Position = At(28) }],
        Actions =
        [
            Action("ListDatasets", "get", "/datasets", 30),
            Action("GetItems", "get", "/datasets/{dataset}/items", 35, Uses("dataset", 37), Inline(Parameter("$top", "query", 38))) with
            {
                Responses =
                [
                    new ResponseModel { Key = "200", Description = "OK", Schema = Raw("""{"type":"array","items":{"$ref":"Item"}}""", 40), Position = At(40) },
                    new ResponseModel { Key = "404", Reference = Ref("NotFound", 42), Position = At(42) },
                ],
            },
            Action(
                "AddItem",
                "post",
                "/datasets/{dataset}/items",
                45,
                Uses("dataset", 47),
                Inline(Parameter("item", "body", 48) with
                {
                    Schema = Raw("""{"$ref":"Item"}""", 49),
                    DynamicSchema = new DynamicSchemaModel { Operation = Ref("ListDatasets", 50), Position = At(50) },
                })),
            Action("DeleteSubscription", "delete", "/subscriptions/{id}", 55, Inline(Parameter("id", "path", 57))),
        ],
        Triggers =
        [
            Webhook("OnItemAdded", "/datasets/{dataset}/subscriptions", "DeleteSubscription", 60, Uses("dataset", 65)) with
            {
                Filters = [new FilterModel { Name = "kind", Type = "string", Picker = Picker("ListDatasets", 67), Position = At(66) }],
                Payload = Raw("""{"$ref":"Item"}""", 70),
            },
        ],
        Policies =
        [
            Policy("SetHeader", """{"name":"X-Region","value":"@connectionParameters('region')","existsAction":"override"}""", 75) with
            {
                Operations = [Ref("GetItems", 77)],
            },
            Policy("dynamichosturl", """{"urlTemplate":"https://@connectionParameters('region').example.com/@connectionParameters('api_key', '')"}""", 80),
        ],
        Script = new ScriptModel(new ModelPath("script.csx", At(85)), [Ref("GetItems", 86)], At(85)),
    };
}
