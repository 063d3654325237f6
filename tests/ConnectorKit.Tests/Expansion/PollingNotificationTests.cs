using ConnectorKit.Tests.Loading;

namespace ConnectorKit.Tests.Expansion;

/// <summary>
/// A polling trigger's <c>payload</c> writes its path's notification content, with the notification keys under
/// <c>polling:</c> as a webhook has them under <c>webhook:</c>.
/// </summary>
public sealed class PollingNotificationTests
{
    private const string Yaml = """
        connector: { title: Contoso, description: Contoso's API., version: "1.0", host: api.contoso.com, publisher: Contoso }

        parameters:
          tenant: query string | Tenant

        triggers:
          OnEvent:
            summary: When an event happens
            description: Subscribes to events.
            payload: { type: object, properties: { id: string } }
            polling:
              method: post
              path: /events
              kind: single
              notificationDescription: An event
              notificationParameters: [tenant]
        """;

    [Fact]
    public void The_payload_of_a_polling_trigger_writes_the_notification_content_after_the_method()
    {
        var item = InMemoryModel.Expand(Yaml).Definition.ApiDefinition["paths"]!["/events"]!.AsObject();

        Assert.Equal(["post", "x-ms-notification-content"], item.Select(p => p.Key));
        Assert.Equal(
            """{"description":"An event","schema":{"type":"object","properties":{"id":{"type":"string"}}},"parameters":[{"$ref":"#/parameters/tenant"}]}""",
            item["x-ms-notification-content"]!.ToJsonString());
    }
}
