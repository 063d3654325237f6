using System.Globalization;
using System.Text;

namespace ConnectorKit.Runtime.Policies.Expressions;

/// <summary>
/// Reads a policy parameter value into literal text and expressions. Recognised: <c>@fn(...)</c> with the functions
/// of <see cref="ValueSourceKind"/>, <c>@{fn(...)}</c> (the workflow language's interpolation), <c>{@fn(...)}</c> (the
/// templates' own), and <c>{name}</c> path segments. An <c>@</c> not followed by a known function is literal text (an
/// e-mail address stays one); so is a <c>{</c> that starts none of the forms. Quotes may be straight or typographic, as
/// Microsoft's documentation writes them.
/// </summary>
internal sealed class TemplateParser(string text)
{
    private static readonly Dictionary<string, ValueSourceKind> Functions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["connectionParameters"] = ValueSourceKind.ConnectionParameter,
        ["headers"] = ValueSourceKind.Header,
        ["header"] = ValueSourceKind.Header,
        ["queryParameters"] = ValueSourceKind.QueryParameter,
        ["queryParameter"] = ValueSourceKind.QueryParameter,
        ["body"] = ValueSourceKind.Body,
        ["item"] = ValueSourceKind.Item,
        ["triggerBody"] = ValueSourceKind.TriggerBody,
        ["Request.OriginalHTTPMethod"] = ValueSourceKind.OriginalMethod,
    };

    private int _position;

    public List<TemplatePart> Parse()
    {
        var parts = new List<TemplatePart>();
        var literal = new StringBuilder();
        while (_position < text.Length)
        {
            var start = _position;
            TemplatePart? part = text[_position] switch
            {
                '@' when Peek(1) == '{' => Braced(2),
                '@' => TryFunction(1),
                '{' when Peek(1) == '@' => Braced(2),
                '{' => TryParameter(),
                _ => null,
            };
            if (part is null)
            {
                _position = start + 1;
                literal.Append(text[start]);
                continue;
            }

            if (literal.Length > 0)
            {
                parts.Add(new LiteralPart(literal.ToString()));
                literal.Clear();
            }

            parts.Add(part);
        }

        if (literal.Length > 0)
        {
            parts.Add(new LiteralPart(literal.ToString()));
        }

        return parts;
    }

    private char Peek(int ahead) => _position + ahead < text.Length ? text[_position + ahead] : '\0';

    /// <summary><c>@{fn(...)}</c> or <c>{@fn(...)}</c>: a function that must be known, then a closing brace.</summary>
    private ExpressionPart Braced(int skip)
    {
        var start = _position;
        _position += skip;
        SkipWhitespace();
        if (Peek(0) == '@')
        {
            _position++;
        }

        var part = TryFunction(0) ?? throw new ExpressionException($"'{Excerpt(start)}' does not start with a known function ({string.Join(", ", Functions.Keys)}).", start);
        SkipWhitespace();
        Expect('}');
        return part with { Text = text[start.._position] };
    }

    private ParameterPart? TryParameter()
    {
        var end = text.IndexOf('}', _position);
        if (end < 0)
        {
            return null;
        }

        var name = text[(_position + 1)..end];
        if (name.Length == 0 || !name.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '$' or '.'))
        {
            return null;
        }

        var part = new ParameterPart(name, text[_position..(end + 1)]);
        _position = end + 1;
        return part;
    }

    /// <summary>A function name at <c>_position + skip</c>; null (nothing consumed) when the name is not a known one.</summary>
    private ExpressionPart? TryFunction(int skip)
    {
        var start = _position;
        var nameStart = _position + skip;
        var nameEnd = nameStart;
        while (nameEnd < text.Length && (char.IsLetter(text[nameEnd]) || (text[nameEnd] == '.' && text.AsSpan(nameStart, nameEnd - nameStart).Equals("Request", StringComparison.OrdinalIgnoreCase))))
        {
            nameEnd++;
        }

        if (!Functions.TryGetValue(text[nameStart..nameEnd], out var kind))
        {
            return null;
        }

        _position = nameEnd;
        var arguments = Peek(0) == '(' ? Arguments() : [];
        if (kind is ValueSourceKind.ConnectionParameter or ValueSourceKind.Header or ValueSourceKind.QueryParameter && arguments.Count is < 1 or > 2)
        {
            throw new ExpressionException($"{text[nameStart..nameEnd]}(...) takes a name and an optional default value, in quotes.", start);
        }

        var steps = kind is ValueSourceKind.Body or ValueSourceKind.Item or ValueSourceKind.TriggerBody ? Steps() : [];
        return new ExpressionPart(kind, arguments.ElementAtOrDefault(0), arguments.ElementAtOrDefault(1), steps, text[start.._position]);
    }

    private List<string> Arguments()
    {
        var arguments = new List<string>();
        _position++;
        SkipWhitespace();
        while (Peek(0) != ')')
        {
            arguments.Add(Quoted());
            SkipWhitespace();
            if (Peek(0) == ',')
            {
                _position++;
                SkipWhitespace();
            }
            else if (Peek(0) != ')')
            {
                throw new ExpressionException($"Expected ',' or ')' at '{Excerpt(_position)}'.", _position);
            }
        }

        _position++;
        return arguments;
    }

    /// <summary>Property steps (<c>.name</c>) and index steps (<c>[0]</c>, <c>['name']</c>) after a body function.</summary>
    private List<PathStep> Steps()
    {
        var steps = new List<PathStep>();
        while (_position < text.Length)
        {
            if (Peek(0) == '.' && _position + 1 < text.Length && IsNameCharacter(text[_position + 1]))
            {
                var start = ++_position;
                while (_position < text.Length && IsNameCharacter(text[_position]))
                {
                    _position++;
                }

                steps.Add(new PathStep(text[start.._position], null));
            }
            else if (Peek(0) == '[')
            {
                _position++;
                SkipWhitespace();
                if (IsQuote(Peek(0)))
                {
                    steps.Add(new PathStep(Quoted(), null));
                }
                else
                {
                    var start = _position;
                    while (char.IsAsciiDigit(Peek(0)))
                    {
                        _position++;
                    }

                    if (start == _position)
                    {
                        throw new ExpressionException($"Expected an index or a quoted name at '{Excerpt(start)}'.", start);
                    }

                    steps.Add(new PathStep(null, int.Parse(text[start.._position], CultureInfo.InvariantCulture)));
                }

                SkipWhitespace();
                Expect(']');
            }
            else
            {
                break;
            }
        }

        return steps;
    }

    private static bool IsNameCharacter(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '$' or '@' or ':';

    private static bool IsQuote(char c) => c is '\'' or '"' or '\u2018' or '\u2019';

    private string Quoted()
    {
        if (!IsQuote(Peek(0)))
        {
            throw new ExpressionException($"Expected a quoted value at '{Excerpt(_position)}'.", _position);
        }

        var open = text[_position];
        var close = open == '\u2018' ? '\u2019' : open;
        var start = ++_position;
        var end = text.IndexOf(close, start);
        if (end < 0)
        {
            throw new ExpressionException($"A quote opened at '{Excerpt(start - 1)}' is never closed.", start - 1);
        }

        _position = end + 1;
        return text[start..end];
    }

    private void Expect(char expected)
    {
        if (Peek(0) != expected)
        {
            throw new ExpressionException($"Expected '{expected}' at '{Excerpt(_position)}'.", _position);
        }

        _position++;
    }

    private void SkipWhitespace()
    {
        while (_position < text.Length && char.IsWhiteSpace(text[_position]))
        {
            _position++;
        }
    }

    private string Excerpt(int from) => from >= text.Length ? "(end)" : text[from..Math.Min(text.Length, from + 24)];
}
