using System.Globalization;
using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;

namespace ConnectorKit.Json;

/// <summary>How a closing bracket of the wrong kind is read: the open container lacks its own, or it is a typo for it.</summary>
internal enum MismatchedCloser
{
    /// <summary>The bracket closes an enclosing container; those inside it are missing their closing brackets.</summary>
    ClosesEnclosing,

    /// <summary>The bracket is a typo for the closing bracket of the innermost container.</summary>
    ClosesInnermost,
}

/// <summary>
/// Builds the ordered tree of one JSON text and records where each JSON pointer starts (its key, or the value for array
/// items and the root). Where the text deviates from strict JSON in a way the platform's reader (JSON.NET) accepts (a
/// trailing comma; a duplicate key, whose last value it keeps) or the author's intent is plain (a missing comma, a
/// closing bracket of the wrong kind), the deviation is reported and reading goes on; anything else stops the read.
/// </summary>
internal sealed class JsonTreeParser(JsonLexer lexer, JsonDeviationLog log, Dictionary<string, SourcePosition> positions, MismatchedCloser mismatched)
{
    /// <summary>The platform's reader and System.Text.Json both stop at this depth; it also bounds the recursion.</summary>
    private const int MaxDepth = 64;

    private const string BothReject = "The platform's reader and Python's json module, which paconn uses, both reject this";

    /// <summary>The closing bracket each open object or array waits for, and where it was opened.</summary>
    private readonly List<(byte Closer, int Offset)> _open = [];

    public JsonNode? ReadDocument()
    {
        if (lexer.Peek() < 0)
        {
            throw new JsonSyntaxException(0, "The file is empty.");
        }

        var root = ReadValue(JsonPointer.Root, log.At(lexer.Offset));
        for (var next = lexer.Peek(); next >= 0; next = lexer.Peek())
        {
            if (next is not ('}' or ']'))
            {
                throw new JsonSyntaxException(lexer.Offset, "There is more text after the end of the JSON value.");
            }

            SkipStrayCloser((byte)next);
        }

        return root;
    }

    private JsonNode? ReadValue(string pointer, SourcePosition position)
    {
        positions[pointer] = position;
        return lexer.Peek() switch
        {
            '{' => ReadContainer(new JsonObject(), pointer),
            '[' => ReadContainer(new JsonArray(), pointer),
            '"' => JsonValue.Create(lexer.ReadString()),
            '-' or (>= '0' and <= '9') => lexer.ReadNumber(),
            _ => lexer.ReadLiteral(),
        };
    }

    /// <summary>Reads the members of an object or the items of an array, from its opening bracket to its closing one.</summary>
    private T ReadContainer<T>(T container, string pointer)
        where T : JsonNode
    {
        var members = container as JsonObject;
        var closer = members is null ? (byte)']' : (byte)'}';
        var open = Enter(closer);
        var afterElement = false;
        int? danglingComma = null;
        while (true)
        {
            var next = lexer.Peek();
            if (next is '}' or ']')
            {
                if (next == closer || EndsInnermost((byte)next))
                {
                    Leave(danglingComma, closed: next == closer);
                    return container;
                }
            }
            else if (next == ',' && afterElement)
            {
                (danglingComma, afterElement) = (lexer.Offset, false);
                lexer.Advance();
            }
            else if (next < 0)
            {
                throw NotClosed(open, members is null ? "array" : "object");
            }
            else if (members is null ? !StartsValue(next) : next != '"')
            {
                throw lexer.Unexpected(lexer.Offset, afterElement ? $"',' or '{(char)closer}'" : members is null ? "a value" : "a member name in double quotes");
            }
            else
            {
                ReportMissingComma(afterElement, members is null ? "item" : "member");
                ReadElement(container, pointer);
                (danglingComma, afterElement) = (null, true);
            }
        }
    }

    private void ReadElement(JsonNode container, string pointer)
    {
        if (container is JsonObject members)
        {
            ReadMember(members, pointer);
        }
        else if (container is JsonArray items)
        {
            items.Add(ReadValue(JsonPointer.Append(pointer, items.Count), log.At(lexer.Offset)));
        }
    }

    private void ReadMember(JsonObject node, string pointer)
    {
        var keyOffset = lexer.Offset;
        var keyPosition = log.At(keyOffset);
        var key = lexer.ReadString();
        if (lexer.Peek() != ':')
        {
            throw lexer.Unexpected(lexer.Offset, $"':' after the key '{key}'");
        }

        lexer.Advance();
        var child = JsonPointer.Append(pointer, key);
        if (!node.TryGetPropertyValue(key, out var earlier))
        {
            node.Add(key, ReadValue(child, keyPosition));
            return;
        }

        var first = positions[child];
        log.Report(DiagnosticCodes.JsonDuplicateKey, keyOffset, string.Create(CultureInfo.InvariantCulture,
            $"The key '{key}' appears again in this object (first at line {first.Line}, column {first.Column}); this last value is kept, as the platform's reader keeps it. Remove the other one."));
        ForgetPositionsBelow(child, earlier);
        node[key] = ReadValue(child, keyPosition);
    }

    private static bool StartsValue(int next) => next is '{' or '[' or '"' or '-' or (>= '0' and <= '9') or 't' or 'f' or 'n';

    private int Enter(byte closer)
    {
        var offset = lexer.Offset;
        if (_open.Count == MaxDepth)
        {
            throw new JsonSyntaxException(offset, $"Objects and arrays nest deeper than {MaxDepth} levels here, more than the platform reads.");
        }

        _open.Add((closer, offset));
        lexer.Advance();
        return offset;
    }

    /// <summary>Ends the innermost object or array (stepping over its closing bracket when it has one) and reports a comma before it.</summary>
    private void Leave(int? danglingComma, bool closed)
    {
        if (danglingComma is { } comma)
        {
            log.Report(DiagnosticCodes.JsonTrailingComma, comma, "A comma ends this object or array; the platform's reader ignores it (Python's json module, which paconn uses, rejects it). Remove it.");
        }

        if (closed)
        {
            lexer.Advance();
        }

        _open.RemoveAt(_open.Count - 1);
    }

    /// <summary>
    /// A closing bracket of the wrong kind for the innermost object or array: whether that one ends here (read as
    /// <paramref name="mismatched"/> says; a typo is stepped over), or the bracket closes nothing and is skipped.
    /// </summary>
    private bool EndsInnermost(byte closer)
    {
        var offset = lexer.Offset;
        var (expected, openedAt) = _open[^1];
        var opened = log.At(openedAt);
        var what = expected == '}' ? "object" : "array";
        if (mismatched == MismatchedCloser.ClosesInnermost)
        {
            log.Report(DiagnosticCodes.JsonUnbalancedBracket, offset, string.Create(CultureInfo.InvariantCulture,
                $"This '{(char)closer}' closes the {what} opened at line {opened.Line}, column {opened.Column}; it is read as '{(char)expected}'. {BothReject}: write '{(char)expected}'."));
            lexer.Advance();
            return true;
        }

        if (_open.Count > 1 && _open.FindLastIndex(_open.Count - 2, o => o.Closer == closer) >= 0)
        {
            log.Report(DiagnosticCodes.JsonUnbalancedBracket, offset, string.Create(CultureInfo.InvariantCulture,
                $"The {what} opened at line {opened.Line}, column {opened.Column} is not closed before this '{(char)closer}'; it is read as closed here. {BothReject}: add the missing '{(char)expected}'."));
            return true;
        }

        SkipStrayCloser(closer);
        return false;
    }

    private void SkipStrayCloser(byte closer)
    {
        log.Report(DiagnosticCodes.JsonUnbalancedBracket, lexer.Offset, $"This '{(char)closer}' closes nothing; it is skipped. {BothReject}: remove it.");
        lexer.Advance();
    }

    private void ReportMissingComma(bool afterValue, string what)
    {
        if (afterValue)
        {
            log.Report(DiagnosticCodes.JsonMissingComma, lexer.Offset, $"A comma is missing before this {what}; it is read as if it were there. {BothReject}: add the comma.");
        }
    }

    private JsonSyntaxException NotClosed(int openedAt, string what)
    {
        var opened = log.At(openedAt);
        return new JsonSyntaxException(lexer.Offset, string.Create(CultureInfo.InvariantCulture,
            $"The file ends before the {what} opened at line {opened.Line}, column {opened.Column} is closed."));
    }

    /// <summary>A duplicate key's earlier value is dropped: so are the positions of what it held.</summary>
    private void ForgetPositionsBelow(string pointer, JsonNode? earlier)
    {
        var children = earlier switch
        {
            JsonObject obj => obj.Select(p => (JsonPointer.Append(pointer, p.Key), p.Value)),
            JsonArray array => array.Select((item, index) => (JsonPointer.Append(pointer, index), item)),
            _ => [],
        };
        foreach (var (child, value) in children)
        {
            positions.Remove(child);
            ForgetPositionsBelow(child, value);
        }
    }
}
