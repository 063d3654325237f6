using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Tests.Loading;

namespace ConnectorKit.Tests.Expansion;

/// <summary>
/// A webhook's filters and callback take schema keys in the schema words beside their own, the body its schema keys
/// under <c>webhook.body.schema</c>, and the notification content may lose its description and gain headers.
/// </summary>
public sealed class WebhookSchemaKeysTests
{
    private const string Yaml = """
        connector: { title: Contoso, description: Contoso's API., version: "1.0", host: api.contoso.com, publisher: Contoso }

        actions:
          DeleteHook:
            method: delete
            path: /hooks/{id}
            summary: Delete a subscription
            description: Deletes a subscription.
            parameters: [{ name: id, in: path, type: string }]
        triggers:
          OnOrder:
            summary: When an order is created
            description: Fires when an order is created.
            webhook:
              path: /hooks
              unsubscribe: DeleteHook
              body:
                schema: { visibility: important, required: [store, callbackUrl] }
              callback: { title: Callback, default: https://contoso.com }
              notificationDescription: null
              notificationHeaders:
                X-Signature: { type: string }
              hint: Create an order.
            filters:
              store: { type: string, required: true, title: Store }
              options:
                type: object
                requiredProperties: [kind]
                properties:
                  kind: string | Kind
                dynamicSchema: { operation: DeleteHook, parameters: [id] }
            payload: { type: object }
        """;

    [Fact]
    public void Filter_and_callback_schema_keys_follow_their_own_keys_in_swagger_words()
    {
        var body = Expand(Yaml).Definition.ApiDefinition["paths"]!["/hooks"]!["post"]!["parameters"]![0]!["schema"]!;

        Assert.Equal("""{"type":"string","title":"Store"}""", body["properties"]!["store"]!.ToJsonString());
        Assert.Equal(
            """{"type":"object","required":["kind"],"properties":{"kind":{"type":"string","x-ms-summary":"Kind"}},"x-ms-dynamic-schema":{"operationId":"DeleteHook","parameters":{"id":{"parameter":"id"}}}}""",
            body["properties"]!["options"]!.ToJsonString());
        Assert.Equal("Callback", body["properties"]!["callbackUrl"]!["title"]!.GetValue<string>());
        Assert.Equal("https://contoso.com", body["properties"]!["callbackUrl"]!["default"]!.GetValue<string>());
    }

    [Fact]
    public void The_body_schema_keys_come_after_the_generated_ones_and_its_required_list_replaces_the_generated_one()
    {
        var body = Expand(Yaml).Definition.ApiDefinition["paths"]!["/hooks"]!["post"]!["parameters"]![0]!["schema"]!.AsObject();

        Assert.Equal(["type", "required", "properties", "x-ms-visibility"], body.Select(p => p.Key));
        Assert.Equal("""["store","callbackUrl"]""", body["required"]!.ToJsonString());
        Assert.Equal("important", body["x-ms-visibility"]!.GetValue<string>());
    }

    [Fact]
    public void A_null_notification_description_writes_none_and_the_headers_follow_the_schema()
    {
        var content = Expand(Yaml).Definition.ApiDefinition["paths"]!["/hooks"]!["x-ms-notification-content"]!.AsObject();

        Assert.Equal("""{"schema":{"type":"object"},"headers":{"X-Signature":{"type":"string"}}}""", content.ToJsonString());
    }

    [Fact]
    public void A_webhook_hint_writes_x_ms_trigger_hint()
    {
        var post = Expand(Yaml).Definition.ApiDefinition["paths"]!["/hooks"]!["post"]!;

        Assert.Equal("Create an order.", post["x-ms-trigger-hint"]!.GetValue<string>());
    }

    [Fact]
    public void A_swagger_name_on_a_filter_is_an_unknown_key_at_its_line()
    {
        var yaml = Yaml.Replace("title: Store", "x-ms-summary: Store", StringComparison.Ordinal);

        var load = InMemoryModel.Load(yaml);

        var error = Assert.Single(load.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.UnknownKey, error.Descriptor);
        Assert.Equal(InMemoryModel.LineOf(yaml, "x-ms-summary: Store"), error.Position.Line);
    }

    private static ExpansionResult Expand(string yaml) =>
        InMemoryModel.Expand(yaml);
}
