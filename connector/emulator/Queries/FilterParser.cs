using System.Globalization;
using System.Text.Json.Nodes;
using CustomerInsights.Emulator.State;

namespace CustomerInsights.Emulator.Queries;

/// <summary>One <c>Attribute eq literal</c> comparison of a $filter.</summary>
public sealed record FilterClause(string Attribute, JsonNode? Literal, bool IgnoreCase);

/// <summary>
/// Parses the $filter the emulator supports: equality comparisons joined by <c>and</c>, such as
/// <c>Country eq 'Portugal' and IsSubscribed eq true</c>. Literals: 'text' (with '' for a quote), numbers, true, false,
/// null and unquoted GUIDs. Anything else is an error that says where it stopped.
/// </summary>
public static class FilterParser
{
    public static (IReadOnlyList<FilterClause> Clauses, string? Error) Parse(string filter, EntityRecord entity)
    {
        var tokens = Tokenize(filter, out var tokenError);
        if (tokenError is not null)
        {
            return ([], tokenError);
        }

        var clauses = new List<FilterClause>();
        var position = 0;
        while (true)
        {
            if (position + 3 > tokens.Count)
            {
                return ([], $"The $filter ends early: expected 'Attribute eq value' at position {End(tokens, filter)}.");
            }

            var (attributeToken, operatorToken, literalToken) = (tokens[position], tokens[position + 1], tokens[position + 2]);
            var attribute = entity.Attributes.FirstOrDefault(a => a.Name == attributeToken.Text);
            if (attributeToken.Kind != TokenKind.Word || attribute is null)
            {
                return ([], $"'{attributeToken.Text}' at position {attributeToken.Position + 1} of the $filter is not an attribute of {entity.QualifiedName}.");
            }

            if (operatorToken.Kind != TokenKind.Word || operatorToken.Text != "eq")
            {
                return ([], $"The $filter supports only 'eq' (joined by 'and'); found '{operatorToken.Text}' at position {operatorToken.Position + 1}.");
            }

            if (Literal(literalToken, attribute) is { Error: { } literalError })
            {
                return ([], literalError);
            }

            clauses.Add(new FilterClause(attribute.Name, Literal(literalToken, attribute).Value, attribute.DataType == "Edm.Guid"));
            position += 3;
            if (position == tokens.Count)
            {
                return (clauses, null);
            }

            if (tokens[position].Text != "and")
            {
                return ([], $"Expected 'and' at position {tokens[position].Position + 1} of the $filter; found '{tokens[position].Text}'.");
            }

            position++;
        }
    }

    public static bool Matches(JsonObject item, IReadOnlyList<FilterClause> clauses) => clauses.All(clause =>
    {
        var value = item[clause.Attribute];
        if (clause.Literal is null || value is null)
        {
            return clause.Literal is null && value is null;
        }

        return ValueOrder.Compare(value, clause.Literal, clause.IgnoreCase) == 0;
    });

    private static (JsonNode? Value, string? Error) Literal(Token token, EntityAttribute attribute)
    {
        var numeric = attribute.DataType is "Edm.Int16" or "Edm.Int32" or "Edm.Int64" or "Edm.Byte" or "Edm.SByte" or "Edm.Decimal" or "Edm.Double" or "Edm.Single";
        var boolean = attribute.DataType == "Edm.Boolean";
        var mismatch = $"The value {token.Text} at position {token.Position + 1} of the $filter does not fit {attribute.Name}, which is {attribute.DataType}.";
        switch (token.Kind)
        {
            case TokenKind.Text:
                return numeric || boolean ? (null, mismatch) : (JsonValue.Create(token.Text), null);
            case TokenKind.Number:
                return numeric ? (JsonValue.Create(double.Parse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture)), null) : (null, mismatch);
            case TokenKind.Word when token.Text is "null":
                return (null, null);
            case TokenKind.Word when token.Text is "true" or "false":
                return boolean ? (JsonValue.Create(token.Text == "true"), null) : (null, mismatch);
            case TokenKind.Word when Guid.TryParse(token.Text, out var guid):
                return attribute.DataType == "Edm.Guid" ? (JsonValue.Create(guid.ToString()), null) : (null, mismatch);
            default:
                return (null, $"'{token.Text}' at position {token.Position + 1} of the $filter is not a value: quote text as 'text'.");
        }
    }

    private static int End(List<Token> tokens, string filter) => tokens.Count == 0 ? 1 : filter.Length + 1;

    private static List<Token> Tokenize(string filter, out string? error)
    {
        var tokens = new List<Token>();
        error = null;
        var index = 0;
        while (index < filter.Length)
        {
            var c = filter[index];
            if (char.IsWhiteSpace(c))
            {
                index++;
            }
            else if (c == '\'')
            {
                var start = index;
                var text = new System.Text.StringBuilder();
                index++;
                while (true)
                {
                    if (index >= filter.Length)
                    {
                        error = $"The quoted text that starts at position {start + 1} of the $filter is not closed.";
                        return tokens;
                    }

                    if (filter[index] == '\'' && index + 1 < filter.Length && filter[index + 1] == '\'')
                    {
                        text.Append('\'');
                        index += 2;
                    }
                    else if (filter[index] == '\'')
                    {
                        index++;
                        break;
                    }
                    else
                    {
                        text.Append(filter[index++]);
                    }
                }

                tokens.Add(new Token(TokenKind.Text, text.ToString(), start));
            }
            else if (char.IsDigit(c) || (c == '-' && index + 1 < filter.Length && char.IsDigit(filter[index + 1])))
            {
                var start = index;
                index++;
                while (index < filter.Length && (char.IsLetterOrDigit(filter[index]) || filter[index] is '.' or '-'))
                {
                    index++;
                }

                var text = filter[start..index];
                var isNumber = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
                tokens.Add(new Token(isNumber ? TokenKind.Number : TokenKind.Word, text, start));
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = index;
                while (index < filter.Length && (char.IsLetterOrDigit(filter[index]) || filter[index] is '_' or '-'))
                {
                    index++;
                }

                tokens.Add(new Token(TokenKind.Word, filter[start..index], start));
            }
            else
            {
                error = $"The character '{c}' at position {index + 1} of the $filter is not supported (only 'Attribute eq value' joined by 'and').";
                return tokens;
            }
        }

        return tokens;
    }

    private enum TokenKind
    {
        Word,
        Text,
        Number,
    }

    private sealed record Token(TokenKind Kind, string Text, int Position);
}
