using System.Text.Json.Nodes;
using ConnectorKit.Loading;
using ConnectorKit.Model;

namespace ConnectorKit.Tests.Loading;

public sealed class ModelLoaderHappyPathTests
{
    private const string ConnectorYaml = """
        connector:
          title: Customer Insights
          description: Connect to Customer Insights.
          version: "1.0"
          status: Production
          host: api.ci.ai.dynamics.com
          basePath: /v1
          schemes: [https, http]
          consumes: [application/json]
          produces: [application/json]
          contact: { name: Support, url: "https://example.com/support", email: support@example.com }
          website: https://example.com
          privacyPolicy: https://example.com/privacy
          categories: [Data, AI]
          brandColor: "#0b556a"
          icon: icon.png
          publisher: Microsoft
          stackOwner: Microsoft
          capabilities: [actions, triggers]
          extensions: { x-ms-info-flag: true }
        auth:
          type: oauth2
          identityProvider: aad
          authorizationUrl: https://login.example.com/authorize
          tokenUrl: https://login.example.com/token
          scopes: [api://ci/.default]
          clientId: "[[client-id]]"
          redirectMode: GlobalPerConnector
          customParameters:
            loginUri: https://login.microsoftonline.com
            resourceUri: { value: "https://ci" }
          extensions: { x-oauth: 1 }
        connectionParameters:
          subscriptionKey:
            type: securestring
            displayName: Subscription key
            required: true
            uiExtensions: { constraints: { hidden: "false" } }
        parameters:
          dataset:
            in: path
            type: string
            required: false
            summary: Instance ID
            visibility: important
          format:
            name: $format
            in: query
            type: string
            enum: { csv: Comma separated, parquet: Parquet }
            urlEncoding: double
            picker: { operation: ListFormats, value: id, title: name, parameters: { dataset: { parameter: dataset } }, list: true }
        policies:
          - template: setheader
            title: Subscription key
            operations: [GetItems]
            parameters:
              name: Ocp-Apim-Subscription-Key
              value: "@connectionParameters('subscriptionKey')"
        script:
          file: script.csx
          operations: [GetItems]
        extensions: { x-ms-root: { a: [1, 2.50, "3"] } }
        propertiesExtensions: { x-props: yes }
        """;

    private const string ActionsYaml = """
        actions:
          GetItems:
            method: get
            path: /instances/{dataset}/data
            summary: Get items
            description: Gets items.
            visibility: advanced
            tags: [Data]
            parameters:
              - dataset
              - { name: $top, in: query, type: integer, default: 10 }
              - name: body
                in: body
                schema: { $ref: EntityList }
                dynamicSchema: { operation: GetSchema, valuePath: schema, properties: true }
            responses:
              "200": { description: OK, schema: { $ref: EntityList }, headers: { Location: { type: string } } }
              "404": NotFound
              default: { description: Error }
            pageable: "@odata.nextLink"
            family: GetItems
            revision: 2
            status: Preview
            deprecated: true
            extensions: { x-ms-op: 1 }
            pathExtensions: { x-ms-path: 2 }
        """;

    private const string TriggersYaml = """
        triggers:
          OnRefreshFailed:
            summary: When a refresh fails
            description: Triggers when a refresh fails.
            parameters: [dataset]
            webhook:
              path: /instances/{dataset}/triggers/refreshFailed
              unsubscribe: DeleteSubscription
              subscription: { $ref: Subscription }
            filters:
              dataSourceId:
                type: string
                summary: Data source
                enum: [a, b]
                picker: { operation: ListDataSources, value: dataSourceId }
            payload: { $ref: RefreshEvent }
          OnNewItem:
            summary: When an item is added
            description: Fires for new items.
            polling:
              path: /items/new
              kind: single
              hint: Add an item.
              metadata: { mode: polling }
        """;

    private const string SchemasYaml = """
        schemas:
          EntityList:
            type: object
            properties:
              value: { type: array, items: { $ref: Entity } }
              count: { type: integer, summary: "Count" }
        responses:
          NotFound:
            description: Not found
            schema: { $ref: Error }
        """;

    [Fact]
    public void LoadsEverySectionFromSplitFiles()
    {
        using var folder = new TempModelFolder(
            ("connector.yaml", ConnectorYaml),
            ("operations/actions.yaml", ActionsYaml),
            ("operations/triggers.yml", TriggersYaml),
            ("schemas/models.yaml", SchemasYaml));

        var result = folder.Load();

        Assert.Empty(result.Diagnostics);
        var model = Assert.IsType<ConnectorModel>(result.Model);
        Assert.Equal(Path.GetFullPath(folder.Path), model.Folder);
        AssertInfo(model.Info, folder.FileName("connector.yaml"));
        AssertAuthAndConnection(model);
        AssertParameters(model.Parameters);
        AssertAction(Assert.Single(model.Actions), folder.FileName("operations/actions.yaml"));
        AssertTriggers(model.Triggers);
        AssertSchemasAndResponses(model, folder.FileName("schemas/models.yaml"));
        AssertPoliciesScriptAndExtensions(model);
    }

    private static void AssertInfo(ConnectorInfoModel info, string file)
    {
        Assert.Equal(("Customer Insights", "1.0", "api.ci.ai.dynamics.com", "/v1"), (info.Title, info.Version, info.Host, info.BasePath));
        Assert.Equal(["https", "http"], info.Schemes);
        Assert.Equal(["Data", "AI"], info.Categories);
        Assert.Equal(("#0b556a", "icon.png", "Microsoft"), (info.BrandColor, info.Icon?.Text, info.StackOwner));
        Assert.Equal(["actions", "triggers"], info.Capabilities);
        Assert.Equal(("Support", "support@example.com"), (info.Contact?.Name, info.Contact?.Email));
        Assert.Equal("""{"x-ms-info-flag":true}""", info.InfoExtensions?.Value?.ToJsonString());
        Assert.Equal(new(file, 1, 1), info.Position);
        Assert.Equal(new(file, 11, 3), info.Contact?.Position);
    }

    private static void AssertAuthAndConnection(ConnectorModel model)
    {
        var auth = Assert.IsType<AuthModel>(model.Auth);
        Assert.Equal((AuthKind.OAuth2, "oauth2-auth", "token", "accessCode"), (auth.Kind, auth.SecurityName, auth.ParameterName, auth.Flow));
        Assert.Equal(["api://ci/.default"], auth.Scopes);
        Assert.Equal("[[client-id]]", auth.ClientId);
        Assert.Equal("""{"loginUri":{"value":"https://login.microsoftonline.com"},"resourceUri":{"value":"https://ci"}}""",
            auth.CustomParameters?.Value?.ToJsonString());
        Assert.Equal(21, auth.Position.Line);

        var key = Assert.Single(model.ConnectionParameters);
        Assert.Equal(("subscriptionKey", "securestring", "Subscription key", true), (key.Name, key.Type, key.DisplayName, key.Required));
        Assert.Equal((34, 3), (key.Position.Line, key.Position.Column));
        Assert.Equal(38, key.UiExtensions?.PositionOf("/constraints/hidden").Line);
    }

    private static void AssertParameters(IReadOnlyList<ParameterModel> parameters)
    {
        Assert.Equal(["dataset", "format"], parameters.Select(p => p.Key));
        var dataset = parameters[0];
        Assert.Equal(("dataset", "path", true, "important"), (dataset.Name, dataset.In, dataset.Required, dataset.Visibility));

        var format = parameters[1];
        Assert.Equal(("$format", "double"), (format.Name, format.UrlEncoding));
        Assert.Equal([("csv", "Comma separated"), ("parquet", "Parquet")], format.Enum.Select(e => (e.Value?.GetValue<string>(), e.DisplayName)));
        var picker = Assert.IsType<DynamicValuesModel>(format.Picker);
        Assert.Equal(("ListFormats", "id", "name", AlsoNewer.Yes), (picker.Operation.Name, picker.ValuePath, picker.TitlePath, picker.List));
        Assert.Equal((52, 26), (picker.Operation.Position.Line, picker.Operation.Position.Column));
    }

    private static void AssertAction(ActionModel action, string file)
    {
        Assert.Equal(("GetItems", "get", "/instances/{dataset}/data", "@odata.nextLink"), (action.Id, action.Method, action.Path, action.NextLinkName));
        Assert.Equal(("advanced", "GetItems", 2, "Preview", true), (action.Visibility, action.Family, action.Revision, action.Status, action.Deprecated));
        Assert.Equal(new(file, 2, 3), action.Position);

        Assert.Equal(3, action.Parameters.Count);
        Assert.Equal(new ModelReference("dataset", new(file, 10, 9)), action.Parameters[0].Reference);
        var top = Assert.IsType<ParameterModel>(action.Parameters[1].Inline);
        Assert.Equal(
            ("$top", "$top", "query", "integer", "10"), (top.Key, top.Name, top.In, top.Type, top.Default?.Value?.ToJsonString()));
        var body = Assert.IsType<ParameterModel>(action.Parameters[2].Inline);
        Assert.Equal("""{"$ref":"EntityList"}""", body.Schema?.Value?.ToJsonString());
        Assert.Equal(("GetSchema", "schema", AlsoNewer.Yes), (body.DynamicSchema?.Operation.Name, body.DynamicSchema?.ValuePath, body.DynamicSchema?.Properties));

        Assert.Equal(["200", "404", "default"], action.Responses.Select(r => r.Key));
        Assert.Equal("""{"Location":{"type":"string"}}""", action.Responses[0].Headers?.Value?.ToJsonString());
        Assert.Equal(new ModelReference("NotFound", new(file, 18, 14)), action.Responses[1].Reference);
        Assert.Equal("""{"x-ms-path":2}""", action.PathExtensions?.Value?.ToJsonString());
    }

    private static void AssertTriggers(IReadOnlyList<TriggerModel> triggers)
    {
        Assert.Equal(["OnRefreshFailed", "OnNewItem"], triggers.Select(t => t.Id));
        var webhook = Assert.IsType<WebhookModel>(triggers[0].Webhook);
        Assert.Equal(("DeleteSubscription", "callbackUrl"), (webhook.Unsubscribe.Name, webhook.CallbackProperty));
        Assert.Equal(("post", "/instances/{dataset}/triggers/refreshFailed"), (triggers[0].HttpMethod, triggers[0].HttpPath));
        var filter = Assert.Single(triggers[0].Filters);
        Assert.Equal(("dataSourceId", "string", "Data source", "ListDataSources"), (filter.Name, filter.Type, filter.Summary, filter.Picker?.Operation.Name));
        Assert.Equal(["a", "b"], filter.Enum.Select(e => e.Value?.GetValue<string>()));
        Assert.All(filter.Enum, e => Assert.Null(e.DisplayName));
        Assert.Equal("""{"$ref":"RefreshEvent"}""", triggers[0].Payload?.Value?.ToJsonString());

        var polling = Assert.IsType<PollingModel>(triggers[1].Polling);
        Assert.Equal(("get", "/items/new", "single", "Add an item."), (polling.Method, polling.Path, polling.Kind, polling.Hint));
        Assert.Null(triggers[1].Webhook);
    }

    private static void AssertSchemasAndResponses(ConnectorModel model, string file)
    {
        var schema = Assert.Single(model.Schemas);
        Assert.Equal("EntityList", schema.Name);
        Assert.Equal(
            """{"type":"object","properties":{"value":{"type":"array","items":{"$ref":"Entity"}},"count":{"type":"integer","x-ms-summary":"Count"}}}""",
            schema.Schema.Value?.ToJsonString());
        Assert.Equal(new(file, 2, 3), schema.Position);
        Assert.Equal(new(file, 5, 7), schema.Schema.PositionOf("/properties/value"));
        Assert.Equal(new(file, 5, 38), schema.Schema.PositionOf("/properties/value/items/$ref"));

        var response = Assert.Single(model.Responses);
        Assert.Equal(("NotFound", "Not found"), (response.Key, response.Description));
    }

    private static void AssertPoliciesScriptAndExtensions(ConnectorModel model)
    {
        var policy = Assert.Single(model.Policies);
        Assert.Equal(("setheader", "Subscription key"), (policy.TemplateId, policy.Title));
        Assert.Equal(["GetItems"], policy.Operations.Select(o => o.Name));
        Assert.Equal("@connectionParameters('subscriptionKey')", policy.Parameters.Value?["value"]?.GetValue<string>());

        var script = Assert.IsType<ScriptModel>(model.Script);
        Assert.Equal(("script.csx", "GetItems"), (script.File.Text, Assert.Single(script.Operations).Name));

        // Plain numbers keep their text, quoted ones are strings, and an unquoted word stays a string.
        Assert.Equal("""{"x-ms-root":{"a":[1,2.50,"3"]}}""", model.Extensions?.Value?.ToJsonString());
        Assert.Equal("""{"x-props":"yes"}""", model.PropertiesExtensions?.Value?.ToJsonString());
        Assert.Equal(63, model.Extensions?.PositionOf("/x-ms-root/a/1").Line);
    }
}
