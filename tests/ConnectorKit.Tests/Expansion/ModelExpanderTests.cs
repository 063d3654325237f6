using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Tests.Expansion;

public sealed class ModelExpanderTests
{
    [Fact]
    public void Script_and_icon_are_read_from_the_model_folder()
    {
        var result = ModelExpander.Expand(ExpansionModels.Load("Script"));

        Assert.Equal("public class Script : ScriptBase\n{\n    // Maps Edm types to JSON schema types: café.\n}\n", result.Definition.Script?.Text);
        var icon = Assert.IsType<ConnectorIcon>(result.Definition.Icon);
        Assert.Equal("icon.png", icon.FileName);
        Assert.Equal(File.ReadAllBytes(Path.Combine(ExpansionModels.FolderOf("Script"), "assets", "icon.png")), icon.Content);
    }

    [Fact]
    public void Output_shares_no_nodes_with_the_model()
    {
        var model = ExpansionModels.Load("Actions");
        var first = ModelExpander.Expand(model);
        var definitions = first.Definition.ApiDefinition["definitions"]!.AsObject();
        definitions["Instance"]!.AsObject()["type"] = "changed";

        var second = ModelExpander.Expand(model);

        Assert.Equal("object", second.Definition.ApiDefinition["definitions"]?["Instance"]?["type"].StringOrNull());
        Assert.Equal("object", model.Schemas[0].Schema.Value?["type"].StringOrNull());
    }

    [Fact]
    public void Expanding_twice_gives_the_same_bytes()
    {
        var model = ExpansionModels.Load("WebhookTrigger");

        var first = ModelExpander.Expand(model).Definition;
        var second = ModelExpander.Expand(model).Definition;

        Assert.Equal(CanonicalJsonWriter.ToBytes(first.ApiDefinition), CanonicalJsonWriter.ToBytes(second.ApiDefinition));
        Assert.Equal(CanonicalJsonWriter.ToBytes(first.ApiProperties), CanonicalJsonWriter.ToBytes(second.ApiProperties));
    }

    [Fact]
    public void Bare_schema_references_point_into_definitions_and_others_stay()
    {
        var swagger = ModelExpander.Expand(ExpansionModels.Load("Actions")).Definition.ApiDefinition;

        Assert.Equal("#/definitions/Instance", swagger["definitions"]?["InstanceList"]?["items"]?["$ref"].StringOrNull());
        Assert.Equal("#/definitions/Instance", swagger["definitions"]?["External"]?["$ref"].StringOrNull());
        Assert.Equal("#/responses/NotFound", swagger["paths"]?["/instances/{dataset}/data/{entityName}"]?["get"]?["responses"]?["404"]?["$ref"].StringOrNull());
    }

    [Fact]
    public void Webhook_body_requires_the_callback_and_the_required_filters()
    {
        var swagger = ModelExpander.Expand(ExpansionModels.Load("WebhookTrigger")).Definition.ApiDefinition;
        var post = swagger["paths"]?["/instances/{dataset}/triggers/dataSourceRefreshFailed"]?["post"];
        var body = post?["parameters"]?[1];

        Assert.Equal("body", body?["in"].StringOrNull());
        Assert.Equal(["callbackUrl", "severity", "threshold"], body?["schema"]?["required"]?.AsArray().Select(n => n.StringOrNull()));
        Assert.Equal(true, body?["schema"]?["properties"]?["callbackUrl"]?["x-ms-notification-url"].BooleanOrNull());
        Assert.Equal("single", post?["x-ms-trigger"].StringOrNull());
        Assert.Equal(["201", "400"], post?["responses"]?.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void Methods_of_a_path_follow_swagger_order_whatever_the_model_order()
    {
        var model = ExpansionModels.Load("Actions");
        var reversed = model with { Actions = [.. model.Actions.Reverse()] };

        var paths = ModelExpander.Expand(reversed).Definition.ApiDefinition["paths"]!.AsObject();

        Assert.Equal(["get", "post"], paths["/instances/{dataset}/data/{entityName}"]!.AsObject().Select(p => p.Key));
        Assert.Equal("/instances/{dataset}/manage/entities/{entityName}/schema", paths.First().Key);
    }

    [Fact]
    public void A_model_without_auth_has_empty_security_definitions_and_no_security()
    {
        var definition = ModelExpander.Expand(ExpansionModels.Load("Minimal")).Definition;

        Assert.Equal(new JsonObject(), definition.ApiDefinition["securityDefinitions"], JsonNode.DeepEquals);
        Assert.False(definition.ApiDefinition.ContainsKey("security"));
        Assert.Equal("{\"properties\":{\"connectionParameters\":{},\"capabilities\":[]}}", definition.ApiProperties?.ToJsonString());
    }
}
