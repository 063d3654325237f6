using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CustomerInsights.FlowReceiver.Workflows;

namespace CustomerInsights.FlowReceiver.Rendering;

/// <summary>
/// Runs the flow's next step on a notification, as far as a local machine can: evaluates the action's inputs with
/// the notification as triggerBody() and renders what would be sent: the Teams card (Post card in a chat or channel),
/// the email (Send an email V2), or, for any other action, its evaluated inputs.
/// </summary>
public static partial class MessageRenderer
{
    public const string TeamsCardOperation = "PostCardToConversation";
    public const string EmailOperation = "SendEmailV2";

    public static RenderedMessage Render(FlowDefinition flow, JsonNode notification)
    {
        var context = new ExpressionContext(notification, flow.Parameters);
        var inputs = TemplateEvaluator.Evaluate(flow.Action["inputs"]?["parameters"], context) as JsonObject ?? [];
        return flow.ActionOperationId switch
        {
            TeamsCardOperation => new RenderedMessage(flow.Name, flow.ActionName, "teamsCard", inputs, TeamsPreview(inputs)),
            EmailOperation => new RenderedMessage(flow.Name, flow.ActionName, "email", inputs, EmailPreview(inputs)),
            _ => new RenderedMessage(flow.Name, flow.ActionName, "action", inputs, inputs.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).ReplaceLineEndings("\n")),
        };
    }

    private static string TeamsPreview(JsonObject inputs)
    {
        var preview = new StringBuilder();
        preview.Append($"Teams card in channel {Text(inputs, "body/recipient/channelId")} of team {Text(inputs, "body/recipient/groupId")}, posted as {Text(inputs, "poster")}\n");
        JsonNode? card;
        try
        {
            card = JsonNode.Parse(Text(inputs, "body/messageBody"));
        }
        catch (JsonException exception)
        {
            return preview.Append($"  (the card is not valid JSON once evaluated: {exception.Message})\n").ToString();
        }

        foreach (var element in card?["body"]?.AsArray() ?? [])
        {
            switch (element?["type"]?.GetValue<string>())
            {
                case "TextBlock":
                    preview.Append("  ").Append(element["text"]?.GetValue<string>()).Append('\n');
                    break;
                case "FactSet":
                    foreach (var fact in element["facts"]?.AsArray() ?? [])
                    {
                        preview.Append($"  {fact?["title"]}: {fact?["value"]}\n");
                    }

                    break;
            }
        }

        foreach (var action in card?["actions"]?.AsArray() ?? [])
        {
            preview.Append($"  [{action?["title"]}] {action?["url"]}\n");
        }

        return preview.ToString();
    }

    private static string EmailPreview(JsonObject inputs)
    {
        var body = Text(inputs, "emailMessage/Body");
        var paragraphs = ParagraphEnd().Split(body).Select(p => WebUtility.HtmlDecode(Tag().Replace(p, string.Empty)).Trim()).Where(p => p.Length > 0);
        var preview = new StringBuilder();
        preview.Append($"Email (importance {Text(inputs, "emailMessage/Importance")})\n");
        preview.Append($"  To: {Text(inputs, "emailMessage/To")}\n");
        preview.Append($"  Subject: {Text(inputs, "emailMessage/Subject")}\n");
        foreach (var paragraph in paragraphs)
        {
            preview.Append("  ").Append(paragraph).Append('\n');
        }

        return preview.ToString();
    }

    private static string Text(JsonObject inputs, string name) => WorkflowExpression.Text(inputs[name]);

    [GeneratedRegex("</p>|<br\\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphEnd();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
