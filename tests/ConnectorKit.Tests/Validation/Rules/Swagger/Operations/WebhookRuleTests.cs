using ConnectorKit.Validation.Rules.Swagger.Operations;
using static ConnectorKit.Tests.Validation.Rules.Swagger.Operations.OperationsSwagger;

namespace ConnectorKit.Tests.Validation.Rules.Swagger.Operations;

/// <summary>Webhook registrations and the <c>x-ms-notification</c> link from a trigger to one.</summary>
public sealed class WebhookRuleTests
{
    /// <summary>A webhook trigger whose callback URL input sits in a shared definition, reached through $ref.</summary>
    private const string Hook =
        "    \"/hooks\": { \"post\": { \"operationId\": \"OnItem\", \"x-ms-trigger\": \"single\",\n"
        + "      \"parameters\": [ { \"name\": \"body\", \"in\": \"body\", \"schema\": { \"$ref\": \"#/definitions/Subscription\" } } ], "
        + "\"responses\": { \"201\": { \"description\": \"Created\" } } } }";

    private const string Definitions =
        "\"definitions\": { \"Subscription\": { \"type\": \"object\", \"properties\": { \"url\": { \"type\": \"string\", \"x-ms-notification-url\": true } } } }";

    private static string Poll(string trigger, string notificationTarget) =>
        $"    \"/items\": {{ \"get\": {{ \"operationId\": \"Poll\",{trigger}\n      \"x-ms-notification\": {{ \"operationId\": \"{notificationTarget}\" }}, {Ok} }} }}";

    [Fact]
    public void The_notification_extension_on_an_action_is_reported()
    {
        var rule = new NotificationExtensionSupportedForTriggerOnly();
        AssertAt(rule, Document(Poll(string.Empty, "OnItem") + ",\n" + Hook, Definitions), "\"x-ms-notification\"");
        AssertClean(rule, Document(Poll(" \"x-ms-trigger\": \"batch\",", "OnItem") + ",\n" + Hook, Definitions));
    }

    [Fact]
    public void The_notification_extension_on_a_webhook_is_reported()
    {
        var rule = new NotificationExtensionNotSupportedInWebhookOperation();
        var hookWithNotification = Hook.Replace("\"x-ms-trigger\": \"single\",", "\"x-ms-trigger\": \"single\", \"x-ms-notification\": { \"operationId\": \"Poll\" },", StringComparison.Ordinal);
        AssertAt(rule, Document(hookWithNotification, Definitions), "\"x-ms-notification\"");
        AssertClean(rule, Document(Poll(" \"x-ms-trigger\": \"batch\",", "OnItem") + ",\n" + Hook, Definitions));
    }

    [Fact]
    public void A_notification_naming_an_operation_that_is_not_a_webhook_is_reported()
    {
        var rule = new NotificationOperationMustBeWebhook();
        var other = $"    \"/other\": {{ \"get\": {{ \"operationId\": \"Other\", {Ok} }} }}";
        AssertAt(rule, Document(Poll(" \"x-ms-trigger\": \"batch\",", "Other") + ",\n" + other, Definitions), "\"operationId\": \"Other\"");
        AssertClean(rule, Document(Poll(" \"x-ms-trigger\": \"batch\",", "OnItem") + ",\n" + Hook, Definitions));
    }

    [Fact]
    public void A_trigger_with_notification_content_but_no_callback_input_is_reported()
    {
        var rule = new WebhookOperationsMissingNotificationUrlProperty();
        var content = "\"x-ms-notification-content\": { \"schema\": { \"type\": \"object\" } }, ";
        AssertAt(rule, Document(Hook.Replace("\"x-ms-trigger\": \"single\",", "\"x-ms-trigger\": \"single\", " + content, StringComparison.Ordinal),
            Definitions.Replace("\"x-ms-notification-url\": true", "\"x-ms-visibility\": \"internal\"", StringComparison.Ordinal)), "\"post\"");
        AssertClean(rule, Document(Hook.Replace("\"x-ms-trigger\": \"single\",", "\"x-ms-trigger\": \"single\", " + content, StringComparison.Ordinal), Definitions));
    }

    /// <summary>
    /// A subscription as the generator writes it: the notification content on the path item, the callback URL inline in
    /// the body, marked (or not) by <paramref name="callbackMark"/>.
    /// </summary>
    private static string GeneratedShape(string callbackMark) => Document(
        "    \"/hooks\": {\n"
        + "      \"post\": { \"operationId\": \"OnItem\", \"x-ms-trigger\": \"single\",\n"
        + "        \"parameters\": [ { \"name\": \"body\", \"in\": \"body\", \"required\": true, \"schema\": { \"type\": \"object\", \"required\": [\"callbackUrl\"],\n"
        + "          \"properties\": { \"callbackUrl\": { \"type\": \"string\"" + callbackMark + ", \"x-ms-visibility\": \"internal\" } } } } ],\n"
        + "        \"responses\": { \"201\": { \"description\": \"Created\" } } },\n"
        + "      \"x-ms-notification-content\": { \"description\": \"An item\", \"schema\": { \"type\": \"object\" } }\n"
        + "    },\n"
        + "    \"/hooks/{id}\": { \"delete\": { \"operationId\": \"DeleteHook\", \"parameters\": [ { \"name\": \"id\", \"in\": \"path\", \"required\": true, \"type\": \"string\" } ], " + Ok + " } }");

    [Fact]
    public void A_trigger_whose_path_item_holds_the_notification_content_but_whose_callback_lost_its_mark_is_reported()
    {
        var rule = new WebhookOperationsMissingNotificationUrlProperty();
        AssertAt(rule, GeneratedShape(string.Empty), "\"post\"");
        AssertClean(rule, GeneratedShape(", \"x-ms-notification-url\": true"));
    }
}
