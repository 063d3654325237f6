namespace ConnectorKit.Tests.Import;

/// <summary>
/// A callback-style action's <c>x-ms-notification-content</c> imports into the keys a webhook trigger uses, not into
/// raw <c>pathExtensions</c>; one operation of the path takes it. A trigger mark it keeps becomes <c>trigger</c>.
/// </summary>
public sealed class ActionNotificationImportTests
{
    private const string Paths = """
        {
          "/contracts/sign": {
            "post": {
              "summary": "Sign a contract", "description": "Sends a contract for signing.", "operationId": "SignContract",
              "parameters": [ { "name": "body", "in": "body", "required": true, "schema": { "type": "object" } } ],
              "responses": { "200": { "description": "OK" } }
            },
            "delete": {
              "summary": "Cancel signing", "description": "Cancels the signing.", "operationId": "CancelSigning",
              "responses": { "204": { "description": "Deleted" } }
            },
            "x-ms-notification-content": {
              "description": "The signing result",
              "schema": { "type": "object", "properties": { "signed": { "type": "boolean" } } },
              "headers": { "X-Signature": { "type": "string" } }
            }
          }
        }
        """;

    private const string TriggerMark = "\"x-ms-trigger\": \"single\", \"x-ms-trigger-hint\": \"Sign.\",";

    private const string NestedCallbackBody = """
        "schema": {
          "type": "object",
          "properties": {
            "config": { "type": "object", "properties": { "url": { "type": "string", "x-ms-notification-url": true } } }
          }
        } }
        """;

    [Fact]
    public void The_notification_content_of_an_action_imports_as_payload_and_notification_keys()
    {
        using var folder = new ConnectorFolder("ActionNotification", Samples.Swagger(Paths), Samples.Properties);

        var yaml = folder.ImportExactly();

        Assert.DoesNotContain("xtensions", yaml, StringComparison.Ordinal);
        Assert.Contains("    payload:\n", yaml, StringComparison.Ordinal);
        Assert.Contains(
            "    notificationDescription: The signing result\n    notificationHeaders:\n", yaml, StringComparison.Ordinal);
        Assert.Single(yaml.Split('\n'), line => line.Contains("payload:", StringComparison.Ordinal));
    }

    [Fact]
    public void Parameters_of_the_notification_content_import_as_notification_parameters()
    {
        var paths = Paths.Replace(
            "\"headers\": { \"X-Signature\": { \"type\": \"string\" } }",
            "\"headers\": { \"X-Signature\": { \"type\": \"string\" } }, \"parameters\": [ { \"name\": \"connectionId\","
                + " \"in\": \"path\", \"required\": true, \"type\": \"string\", \"x-ms-visibility\": \"internal\" } ]",
            StringComparison.Ordinal);
        using var folder = new ConnectorFolder("ActionNotificationParameters", Samples.Swagger(paths), Samples.Properties);

        var yaml = folder.ImportExactly();

        Assert.DoesNotContain("xtensions", yaml, StringComparison.Ordinal);
        Assert.Contains("    notificationParameters:\n    - connectionId: path string internal\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void An_x_ms_trigger_on_an_operation_that_is_no_trigger_imports_as_the_action_s_trigger_mark()
    {
        // The callback URL sits under config, deeper than a webhook trigger's callback property.
        var paths = Paths
            .Replace("\"SignContract\",", "\"SignContract\", " + TriggerMark, StringComparison.Ordinal)
            .Replace("\"schema\": { \"type\": \"object\" } }", NestedCallbackBody, StringComparison.Ordinal);
        using var folder = new ConnectorFolder("ActionTriggerMark", Samples.Swagger(paths), Samples.Properties);

        var yaml = folder.ImportExactly();

        Assert.DoesNotContain("xtensions", yaml, StringComparison.Ordinal);
        Assert.Contains("    trigger: single\n    triggerHint: Sign.\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_description_the_summary_gives_is_not_written()
    {
        var paths = Paths.Replace(
            "\"description\": \"The signing result\"", "\"description\": \"Sign a contract\"", StringComparison.Ordinal);
        using var folder = new ConnectorFolder("ActionNotificationSummary", Samples.Swagger(paths), Samples.Properties);

        var yaml = folder.ImportExactly();

        Assert.DoesNotContain("notificationDescription", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("xtensions", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notification_content_listing_reusable_parameters_imports_them_as_notification_parameters()
    {
        var paths = Paths.Replace(
            "\"headers\": { \"X-Signature\": { \"type\": \"string\" } }",
            "\"headers\": { \"X-Signature\": { \"type\": \"string\" } }, \"parameters\": [ { \"$ref\": \"#/parameters/Tenant\" } ]",
            StringComparison.Ordinal);
        const string Parameters = """
            ,
              "parameters": { "Tenant": { "name": "tenant", "in": "query", "type": "string" } }
            """;
        using var folder = new ConnectorFolder("ActionNotificationParameters", Samples.Swagger(paths, Parameters), Samples.Properties);

        var yaml = folder.ImportExactly();

        Assert.DoesNotContain("xtensions", yaml, StringComparison.Ordinal);
        Assert.Contains("    notificationParameters: [Tenant]\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_notification_content_of_a_polling_trigger_imports_as_its_payload()
    {
        var paths = Paths.Replace("\"SignContract\",", "\"SignContract\", \"x-ms-trigger\": \"single\",", StringComparison.Ordinal);
        using var folder = new ConnectorFolder("PollingNotification", Samples.Swagger(paths), Samples.Properties);

        var yaml = folder.ImportExactly();

        Assert.DoesNotContain("xtensions", yaml, StringComparison.Ordinal);
        Assert.Contains("    polling:\n", yaml, StringComparison.Ordinal);
        Assert.Contains("      notificationDescription: The signing result\n", yaml, StringComparison.Ordinal);
    }
}
