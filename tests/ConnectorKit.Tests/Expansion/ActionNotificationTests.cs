using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Loading;

namespace ConnectorKit.Tests.Expansion;

/// <summary>
/// A callback-style action (not a trigger) describes what its service posts back with the keys a webhook trigger uses:
/// <c>payload</c>, <c>notificationDescription</c> and <c>notificationHeaders</c> write its path item's notification content.
/// </summary>
public sealed class ActionNotificationTests
{
    private const string Folder = "/models/contoso";

    private const string Yaml = """
        connector: { title: Contoso, description: Contoso's API., version: "1.0", host: api.contoso.com, publisher: Contoso }

        actions:
          SignContract:
            post: /contracts/sign
            summary: Sign a contract
            description: Sends a contract; the service posts the result to the callback.
            payload: { type: object, properties: { signed: boolean } }
            notificationDescription: The signing result
            notificationHeaders:
              X-Signature: { type: string }
            pathExtensions: { x-contoso-route: sign }
          ListContracts:
            get: /contracts
            summary: List contracts
            description: Lists contracts.
            payload: { type: object }
            notificationDescription: null
        """;

    [Fact]
    public void The_payload_writes_the_notification_content_after_the_methods_and_before_the_path_extensions()
    {
        var item = Expand(Yaml)["/contracts/sign"]!.AsObject();

        Assert.Equal(["post", "x-ms-notification-content", "x-contoso-route"], item.Select(p => p.Key));
        Assert.Equal(
            """{"description":"The signing result","schema":{"type":"object","properties":{"signed":{"type":"boolean"}}},"headers":{"X-Signature":{"type":"string"}}}""",
            item["x-ms-notification-content"]!.ToJsonString());
    }

    [Fact]
    public void A_null_notification_description_writes_the_schema_alone()
    {
        var content = Expand(Yaml)["/contracts"]!["x-ms-notification-content"]!;

        Assert.Equal("""{"schema":{"type":"object"}}""", content.ToJsonString());
    }

    [Fact]
    public void Without_a_notification_description_the_summary_describes_the_content()
    {
        var yaml = Yaml.Replace("    notificationDescription: The signing result\n", string.Empty, StringComparison.Ordinal);

        var content = Expand(yaml)["/contracts/sign"]!["x-ms-notification-content"]!;

        Assert.Equal("Sign a contract", content["description"]!.GetValue<string>());
    }

    [Fact]
    public void Notification_headers_that_are_not_a_mapping_are_reported_at_their_line()
    {
        var yaml = Yaml.Replace("notificationHeaders:\n      X-Signature: { type: string }", "notificationHeaders: [X-Signature]",
            StringComparison.Ordinal);

        var load = ModelLoader.Load(Folder, [new ModelSourceFile("connector.yaml", yaml)]);

        var error = Assert.Single(load.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.WrongType, error.Descriptor);
        Assert.Equal(yaml[..yaml.IndexOf("[X-Signature]", StringComparison.Ordinal)].Count(c => c == '\n') + 1, error.Position.Line);
    }

    private static System.Text.Json.Nodes.JsonNode Expand(string yaml)
    {
        var load = ModelLoader.Load(Folder, [new ModelSourceFile("connector.yaml", yaml)]);
        Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics));
        return ModelExpander.Expand(load.Model!).Definition.ApiDefinition["paths"]!;
    }
}
