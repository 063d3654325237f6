using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CustomerInsights.FlowReceiver.Workflows;

/// <summary>
/// The part of the workflow definition language the example flows use: triggerBody(), triggerOutputs(),
/// parameters('name'), property access (?['name'], ['name'], .name), string, number and boolean literals, and the
/// functions concat, string, coalesce, if, equals, formatNumber and formatDateTime (.NET format strings, as in
/// Power Automate). Anything else is an error naming what is not supported, not a guess.
/// </summary>
public sealed class WorkflowExpression
{
    private readonly string _text;
    private readonly ExpressionContext _context;
    private int _position;

    private WorkflowExpression(string text, ExpressionContext context)
    {
        _text = text;
        _context = context;
    }

    public static JsonNode? Evaluate(string expression, ExpressionContext context)
    {
        var parser = new WorkflowExpression(expression, context);
        var value = parser.Expression();
        parser.SkipSpace();
        return parser._position == expression.Length ? value : throw parser.Error("unexpected text");
    }

    /// <summary>A value as interpolation (@{...}) writes it: strings as they are, null as nothing, the rest as JSON.</summary>
    public static string Text(JsonNode? value) => value switch
    {
        null => string.Empty,
        JsonValue text when text.GetValueKind() == JsonValueKind.String => text.GetValue<string>(),
        _ => value.ToJsonString(),
    };

    private JsonNode? Expression()
    {
        var value = Primary();
        while (true)
        {
            SkipSpace();
            var optional = Peek('?');
            if (optional)
            {
                _position++;
            }

            if (Peek('['))
            {
                _position++;
                var key = Expression();
                Expect(']');
                value = Member(value, Text(key));
            }
            else if (Peek('.'))
            {
                _position++;
                value = Member(value, Identifier());
            }
            else if (optional)
            {
                throw Error("'?' must be followed by [ or .");
            }
            else
            {
                return value;
            }
        }
    }

    private JsonNode? Primary()
    {
        SkipSpace();
        if (Peek('\''))
        {
            return JsonValue.Create(Quoted());
        }

        if (_position < _text.Length && (char.IsDigit(_text[_position]) || _text[_position] == '-'))
        {
            var start = _position++;
            while (_position < _text.Length && (char.IsDigit(_text[_position]) || _text[_position] == '.'))
            {
                _position++;
            }

            return JsonValue.Create(double.Parse(_text[start.._position], NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        var name = Identifier();
        if (name is "true" or "false")
        {
            return JsonValue.Create(name == "true");
        }

        if (name == "null")
        {
            return null;
        }

        Expect('(');
        var arguments = new List<JsonNode?>();
        SkipSpace();
        if (!Peek(')'))
        {
            do
            {
                arguments.Add(Expression());
                SkipSpace();
            }
            while (TryTake(','));
        }

        Expect(')');
        return Call(name, arguments);
    }

    private JsonNode? Call(string name, List<JsonNode?> arguments) => name switch
    {
        "triggerBody" when arguments.Count == 0 => _context.TriggerBody?.DeepClone(),
        "triggerOutputs" when arguments.Count == 0 => new JsonObject { ["body"] = _context.TriggerBody?.DeepClone() },
        "parameters" when arguments.Count == 1 => _context.Parameter(Text(arguments[0])),
        "concat" => JsonValue.Create(string.Concat(arguments.Select(Text))),
        "string" when arguments.Count == 1 => JsonValue.Create(Text(arguments[0])),
        "coalesce" => arguments.FirstOrDefault(a => a is not null)?.DeepClone(),
        "if" when arguments.Count == 3 => (arguments[0] is JsonValue condition && condition.GetValueKind() == JsonValueKind.True ? arguments[1] : arguments[2])?.DeepClone(),
        "equals" when arguments.Count == 2 => JsonValue.Create(JsonNode.DeepEquals(arguments[0], arguments[1])),
        "formatNumber" when arguments.Count == 2 => JsonValue.Create(Number(arguments[0]).ToString(Text(arguments[1]), CultureInfo.InvariantCulture)),
        "formatDateTime" when arguments.Count is 1 or 2 => JsonValue.Create(Time(arguments[0]).ToString(arguments.Count == 2 ? Text(arguments[1]) : "o", CultureInfo.InvariantCulture)),
        _ => throw Error($"the function {name} with {arguments.Count} argument(s) is not supported"),
    };

    private static JsonNode? Member(JsonNode? value, string name) => value switch
    {
        JsonObject obj => obj[name]?.DeepClone(),
        JsonArray array when int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Count => array[index]?.DeepClone(),
        _ => null,
    };

    private double Number(JsonNode? value) =>
        value is JsonValue number && double.TryParse(value.ToJsonString().Trim('"'), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw Error($"formatNumber needs a number, not {value?.ToJsonString() ?? "null"}");

    private DateTimeOffset Time(JsonNode? value) =>
        DateTimeOffset.TryParse(Text(value), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : throw Error($"formatDateTime needs a date-time, not {value?.ToJsonString() ?? "null"}");

    private string Quoted()
    {
        var text = new StringBuilder();
        _position++;
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw Error("a quoted text is not closed");
            }

            if (_text[_position] == '\'' && _position + 1 < _text.Length && _text[_position + 1] == '\'')
            {
                text.Append('\'');
                _position += 2;
            }
            else if (_text[_position] == '\'')
            {
                _position++;
                return text.ToString();
            }
            else
            {
                text.Append(_text[_position++]);
            }
        }
    }

    private string Identifier()
    {
        SkipSpace();
        var start = _position;
        while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] == '_'))
        {
            _position++;
        }

        return _position > start ? _text[start.._position] : throw Error("expected a name");
    }

    private void SkipSpace()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private bool Peek(char c) => _position < _text.Length && _text[_position] == c;

    private bool TryTake(char c)
    {
        SkipSpace();
        if (!Peek(c))
        {
            return false;
        }

        _position++;
        return true;
    }

    private void Expect(char c)
    {
        if (!TryTake(c))
        {
            throw Error($"expected '{c}'");
        }
    }

    private FormatException Error(string problem) =>
        new($"The expression '{_text}' cannot be evaluated: {problem} at position {_position + 1}.");
}

/// <summary>What an expression can see: the trigger's body and the flow's parameters.</summary>
public sealed record ExpressionContext(JsonNode? TriggerBody, JsonObject Parameters)
{
    public JsonNode? Parameter(string name) =>
        Parameters[name] is JsonObject parameter && parameter.TryGetPropertyValue("defaultValue", out var value)
            ? value?.DeepClone()
            : throw new FormatException($"The flow has no parameter '{name}' with a defaultValue.");
}
