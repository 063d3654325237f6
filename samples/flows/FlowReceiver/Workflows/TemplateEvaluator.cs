using System.Text;
using System.Text.Json.Nodes;

namespace CustomerInsights.FlowReceiver.Workflows;

/// <summary>
/// Evaluates the inputs of a workflow action as the runtime does: a string that is all "@expression" becomes the
/// expression's value, "@{expression}" inside text is replaced by the value's text, "@@" is a literal "@"; objects and
/// arrays are evaluated member by member.
/// </summary>
public static class TemplateEvaluator
{
    public static JsonNode? Evaluate(JsonNode? template, ExpressionContext context) => template switch
    {
        JsonObject obj => new JsonObject(obj.Select(member => KeyValuePair.Create(member.Key, Evaluate(member.Value, context)))),
        JsonArray array => new JsonArray([.. array.Select(item => Evaluate(item, context))]),
        JsonValue value when value.TryGetValue<string>(out var text) => EvaluateString(text, context),
        _ => template?.DeepClone(),
    };

    private static JsonNode? EvaluateString(string text, ExpressionContext context)
    {
        if (text.StartsWith("@@", StringComparison.Ordinal))
        {
            return JsonValue.Create(text[1..]);
        }

        if (text.StartsWith('@') && !text.StartsWith("@{", StringComparison.Ordinal))
        {
            return WorkflowExpression.Evaluate(text[1..], context);
        }

        return JsonValue.Create(Interpolate(text, context));
    }

    private static string Interpolate(string text, ExpressionContext context)
    {
        var result = new StringBuilder();
        var index = 0;
        while (index < text.Length)
        {
            var start = text.IndexOf("@{", index, StringComparison.Ordinal);
            if (start < 0)
            {
                result.Append(text, index, text.Length - index);
                break;
            }

            var end = ClosingBrace(text, start + 2);
            result.Append(text, index, start - index);
            result.Append(WorkflowExpression.Text(WorkflowExpression.Evaluate(text[(start + 2)..end], context)));
            index = end + 1;
        }

        return result.ToString();
    }

    /// <summary>The brace that closes "@{" at <paramref name="from"/>, skipping braces inside quoted text.</summary>
    private static int ClosingBrace(string text, int from)
    {
        var quoted = false;
        for (var index = from; index < text.Length; index++)
        {
            if (text[index] == '\'')
            {
                quoted = !quoted;
            }
            else if (text[index] == '}' && !quoted)
            {
                return index;
            }
        }

        throw new FormatException($"An '@{{' at position {from - 1} is never closed.");
    }
}
