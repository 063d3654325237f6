using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConnectorKit.Runtime.Policies.Expressions;

/// <summary>
/// A policy parameter value read once at load: literal text, expressions and <c>{name}</c> references. A template
/// that is one expression alone evaluates to that value with its JSON type; any other evaluates to text, each value
/// written as a string (objects and arrays as JSON). A value that is missing evaluates to its default, else to
/// nothing (empty text), and the scope notes it for the log.
/// </summary>
public sealed class ValueTemplate
{
    private ValueTemplate(string text, IReadOnlyList<TemplatePart> parts)
    {
        Text = text;
        Parts = parts;
    }

    public string Text { get; }

    public IReadOnlyList<TemplatePart> Parts { get; }

    /// <summary>The template is one expression alone, such as <c>@body().items</c>.</summary>
    public ExpressionPart? SingleExpression => Parts is [ExpressionPart only] ? only : null;

    public IEnumerable<ExpressionPart> Expressions => Parts.OfType<ExpressionPart>();

    public static ValueTemplate Parse(string text) => new(text, new TemplateParser(text).Parse());

    public JsonNode? Evaluate(ExpressionScope scope)
    {
        if (SingleExpression is { } single)
        {
            return scope.Resolve(single);
        }

        return JsonValue.Create(EvaluateText(scope, encodeForUrl: false));
    }

    /// <summary>The template as text; with <paramref name="encodeForUrl"/>, each substituted value is URL-encoded (a path being built).</summary>
    public string EvaluateText(ExpressionScope scope, bool encodeForUrl)
    {
        var text = new StringBuilder();
        foreach (var part in Parts)
        {
            var value = part switch
            {
                LiteralPart literal => literal.Text,
                ParameterPart parameter => scope.ParameterValue(parameter.Name) is { } found ? Encode(found, encodeForUrl) : parameter.Text,
                ExpressionPart expression => Encode(AsText(scope.Resolve(expression)), encodeForUrl),
                _ => string.Empty,
            };
            text.Append(value);
        }

        return text.ToString();
    }

    public static string AsText(JsonNode? value) => value switch
    {
        null => string.Empty,
        JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String => scalar.GetValue<string>(),
        _ => value.ToJsonString(),
    };

    private static string Encode(string value, bool encodeForUrl) => encodeForUrl ? Uri.EscapeDataString(value) : value;

    public override string ToString() => Text;
}
