using ConnectorKit.Diagnostics;
using ConnectorKit.Tests.Loading;
using static ConnectorKit.Tests.Loading.InMemoryModel;

namespace ConnectorKit.Tests.Expansion;

/// <summary>
/// A callback-style action (not a trigger) describes what its service posts back with the keys a webhook trigger uses:
/// <c>payload</c>, <c>notificationDescription</c>, <c>notificationHeaders</c> (and an action's <c>notificationParameters</c>)
/// write its path's notification content;
/// <c>trigger</c> and <c>triggerHint</c> keep an <c>x-ms-trigger</c> mark the model cannot say as a trigger.
/// </summary>
public sealed class ActionNotificationTests
{
    private const string Yaml = """
        connector: { title: Contoso, description: Contoso's API., version: "1.0", host: api.contoso.com, publisher: Contoso }

        parameters:
          tenant: query string | Tenant

        actions:
          SignContract:
            post: /contracts/sign
            summary: Sign a contract
            description: Sends a contract; the service posts the result to the callback.
            payload: { type: object, properties: { signed: boolean } }
            notificationDescription: The signing result
            notificationHeaders:
              X-Signature: { type: string }
            notificationParameters: [tenant]
            pathExtensions: { x-contoso-route: sign }
            visibility: advanced
            trigger: single
            triggerHint: Sign a contract.
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
            """{"description":"The signing result","schema":{"type":"object","properties":{"signed":{"type":"boolean"}}},"headers":{"X-Signature":{"type":"string"}},"parameters":[{"$ref":"#/parameters/tenant"}]}""",
            item["x-ms-notification-content"]!.ToJsonString());
    }

    [Fact]
    public void Notification_parameters_follow_the_headers_as_the_operation_lists_parameters()
    {
        var yaml = Yaml.Replace(
            "    notificationParameters: [tenant]\n",
            "    notificationParameters:\n    - tenant\n    - connectionId: path string internal\n",
            StringComparison.Ordinal);

        var content = Expand(yaml)["/contracts/sign"]!["x-ms-notification-content"]!.AsObject();

        Assert.Equal(["description", "schema", "headers", "parameters"], content.Select(p => p.Key));
        Assert.Equal(
            """[{"$ref":"#/parameters/tenant"},{"name":"connectionId","in":"path","required":true,"type":"string","x-ms-visibility":"internal"}]""",
            content["parameters"]!.ToJsonString());
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
        var yaml = Yaml.Replace("    notificationDescription: The signing result\n", "", StringComparison.Ordinal);

        var content = Expand(yaml)["/contracts/sign"]!["x-ms-notification-content"]!;

        Assert.Equal("Sign a contract", content["description"]!.GetValue<string>());
    }

    [Fact]
    public void Notification_headers_that_are_not_a_mapping_are_reported_at_their_line()
    {
        var yaml = Yaml.Replace(
            "notificationHeaders:\n      X-Signature: { type: string }", "notificationHeaders: [X-Signature]", StringComparison.Ordinal);

        var load = InMemoryModel.Load(yaml);

        var error = Assert.Single(load.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.WrongType, error.Descriptor);
        Assert.Equal(LineOf(yaml, "[X-Signature]"), error.Position.Line);
    }

    [Fact]
    public void A_trigger_mark_writes_x_ms_trigger_and_its_hint_after_the_visibility()
    {
        var post = Expand(Yaml)["/contracts/sign"]!["post"]!.AsObject();

        Assert.Equal(["x-ms-visibility", "x-ms-trigger", "x-ms-trigger-hint"], post.Select(p => p.Key).TakeLast(3));
        Assert.Equal("single", post["x-ms-trigger"]!.GetValue<string>());
        Assert.Equal("Sign a contract.", post["x-ms-trigger-hint"]!.GetValue<string>());
        Assert.Null(Expand(Yaml)["/contracts"]!["get"]!["x-ms-trigger"]);
    }

    [Fact]
    public void A_trigger_mark_other_than_single_or_batch_is_reported_at_its_line()
    {
        var yaml = Yaml.Replace("trigger: single", "trigger: often", StringComparison.Ordinal);

        var load = InMemoryModel.Load(yaml);

        var error = Assert.Single(load.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(LineOf(yaml, "often"), error.Position.Line);
    }

    [Fact]
    public void A_notification_parameter_that_is_not_defined_is_reported_by_the_parameter_check_at_its_name()
    {
        var yaml = Yaml.Replace("notificationParameters: [tenant]", "notificationParameters: [region]", StringComparison.Ordinal);
        var load = InMemoryModel.Load(yaml);

        var finding = Assert.Single(ConnectorKit.Checking.ModelChecker.Check(load.Model!), d => d.Code == "CK2004");

        Assert.Equal(LineOf(yaml, "region"), finding.Position.Line);
    }

    private static System.Text.Json.Nodes.JsonNode Expand(string yaml) =>
        InMemoryModel.Expand(yaml).Definition.ApiDefinition["paths"]!;
}
