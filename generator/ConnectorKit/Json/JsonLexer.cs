using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;

namespace ConnectorKit.Json;

/// <summary>The first flaw of a JSON text that no reader works around; the reader reports it at its offset.</summary>
internal sealed class JsonSyntaxException(int offset, string message) : Exception(message)
{
    public int Offset { get; } = offset;
}

/// <summary>
/// The tokens of one JSON text, read as the platform's reader (JSON.NET) reads them: between tokens it skips comments
/// and any Unicode whitespace, and strings may hold raw control characters; each such deviation from strict JSON is
/// reported. Scalars keep their exact value, numbers their original text.
/// </summary>
internal sealed class JsonLexer(DecodedText text, JsonDeviationLog log)
{
    private const string StrictParsersReject = "Python's json module, which paconn uses, rejects it";

    private static readonly SearchValues<byte> JsonWhitespace = SearchValues.Create(" \t\n\r"u8);

    private static readonly SearchValues<byte> StringStops =
        SearchValues.Create([(byte)'"', (byte)'\\', .. Enumerable.Range(0, 0x20).Select(b => (byte)b)]);

    private readonly byte[] _text = text.Utf8;
    private readonly int _length = text.Length;
    private char[] _chars = new char[256];

    /// <summary>Where the next token starts once <see cref="Peek"/> has skipped what comes before it.</summary>
    public int Offset { get; private set; }

    /// <summary>The first byte of the next token (whitespace and comments skipped), or -1 at the end of the text.</summary>
    public int Peek()
    {
        while (true)
        {
            var skipped = _text.AsSpan(Offset, _length - Offset).IndexOfAnyExcept(JsonWhitespace);
            if (skipped < 0)
            {
                Offset = _length;
                return -1;
            }

            Offset += skipped;
            var next = _text[Offset];
            if (next == (byte)'/')
            {
                SkipComment();
            }
            else if (next is >= 0x20 and < 0x80 || !SkipOtherWhitespace())
            {
                return next;
            }
        }
    }

    /// <summary>Steps over a one-byte token (a bracket, comma or colon) that <see cref="Peek"/> returned.</summary>
    public void Advance() => Offset++;

    public string ReadString()
    {
        var start = Offset + 1;
        var rest = _text.AsSpan(start, _length - start);
        var stop = rest.IndexOfAny(StringStops);
        if (stop >= 0 && rest[stop] == (byte)'"')
        {
            Offset = start + stop + 1;
            return Encoding.UTF8.GetString(rest[..stop]);
        }

        return ReadStringWithEscapes();
    }

    public JsonNode ReadNumber()
    {
        var start = Offset;
        var end = SkipDigits(start + (_text[start] == (byte)'-' ? 1 : 0), out var integerDigits);
        if (integerDigits == 0)
        {
            throw Unexpected(start, "a value");
        }

        if (integerDigits > 1 && _text[end - integerDigits] == (byte)'0')
        {
            throw NotANumber(start, end);
        }

        if (end < _length && _text[end] == (byte)'.')
        {
            end = SkipDigits(end + 1, out var fractionDigits);
            if (fractionDigits == 0)
            {
                throw NotANumber(start, end);
            }
        }

        if (end < _length && _text[end] is (byte)'e' or (byte)'E')
        {
            end = SkipDigits(end + 1 < _length && _text[end + 1] is (byte)'+' or (byte)'-' ? end + 2 : end + 1, out var exponentDigits);
            if (exponentDigits == 0)
            {
                throw NotANumber(start, end);
            }
        }

        if (end < _length && (char.IsAsciiLetterOrDigit((char)_text[end]) || _text[end] == (byte)'.'))
        {
            throw NotANumber(start, end + 1);
        }

        Offset = end;

        // A number node that keeps its own text (1.0 stays 1.0), so that reading and writing changes nothing.
        var reader = new Utf8JsonReader(_text.AsSpan(start, end - start));
        reader.Read();
        return JsonValue.Create(JsonElement.ParseValue(ref reader))!;
    }

    /// <summary>true, false or null; null is returned as a null node.</summary>
    public JsonNode? ReadLiteral()
    {
        if (TryWord("true"u8))
        {
            return JsonValue.Create(true);
        }

        if (TryWord("false"u8))
        {
            return JsonValue.Create(false);
        }

        if (TryWord("null"u8))
        {
            return null;
        }

        throw Unexpected(Offset, "a value");
    }

    /// <summary>The error for an unexpected token at <paramref name="offset"/>, naming what was expected.</summary>
    public JsonSyntaxException Unexpected(int offset, string expected)
    {
        if (offset >= _length)
        {
            return new JsonSyntaxException(offset, $"Expected {expected}, but the file ends here.");
        }

        var rest = _text.AsSpan(offset, _length - offset);
        if (rest.StartsWith("NaN"u8) || rest.StartsWith("Infinity"u8) || rest.StartsWith("-Infinity"u8))
        {
            return new JsonSyntaxException(offset, "NaN and Infinity are not JSON numbers, and no connector file can carry them; write a number or null.");
        }

        Rune.DecodeFromUtf8(rest, out var rune, out _);
        var invisible = Rune.IsControl(rune) || Rune.IsWhiteSpace(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format;
        var shown = invisible ? string.Create(CultureInfo.InvariantCulture, $"U+{rune.Value:X4}") : $"'{rune}'";
        return new JsonSyntaxException(offset, $"Expected {expected}, found {shown}.");
    }

    private bool TryWord(ReadOnlySpan<byte> word)
    {
        var end = Offset + word.Length;
        if (!_text.AsSpan(Offset, _length - Offset).StartsWith(word) || (end < _length && char.IsAsciiLetterOrDigit((char)_text[end])))
        {
            return false;
        }

        Offset = end;
        return true;
    }

    private int SkipDigits(int from, out int count)
    {
        var end = from;
        while (end < _length && char.IsAsciiDigit((char)_text[end]))
        {
            end++;
        }

        count = end - from;
        return end;
    }

    private JsonSyntaxException NotANumber(int start, int end) =>
        new(start, $"'{Encoding.UTF8.GetString(_text, start, Math.Min(end, _length) - start)}' is not a JSON number: digits without leading zeros, then an optional fraction and exponent, each with digits.");

    /// <summary>A comment: JSON has none, but the platform's reader skips // and /* */ comments.</summary>
    private void SkipComment()
    {
        var start = Offset;
        var rest = _text.AsSpan(start, _length - start);
        if (rest.StartsWith("//"u8))
        {
            var newline = rest.IndexOf((byte)'\n');
            Offset = newline < 0 ? _length : start + newline;
        }
        else if (rest.StartsWith("/*"u8))
        {
            var close = rest[2..].IndexOf("*/"u8);
            if (close < 0)
            {
                throw new JsonSyntaxException(start, "This comment is not closed: the file ends before its */.");
            }

            Offset = start + 2 + close + 2;
        }
        else
        {
            throw Unexpected(start, "a value");
        }

        log.Report(DiagnosticCodes.JsonComment, start, $"JSON has no comments; this one is skipped, as the platform's reader skips it ({StrictParsersReject}). Remove it.");
    }

    /// <summary>
    /// A run of characters that are whitespace to the platform's reader (any Unicode whitespace) but not to JSON
    /// (space, tab, line feed and carriage return only); false when the next character is not one of them.
    /// </summary>
    private bool SkipOtherWhitespace()
    {
        var start = Offset;
        var first = default(Rune);
        while (Offset < _length && Rune.DecodeFromUtf8(_text.AsSpan(Offset, _length - Offset), out var rune, out var consumed) == OperationStatus.Done
               && Rune.IsWhiteSpace(rune) && rune.Value is not (' ' or '\t' or '\n' or '\r'))
        {
            first = Offset == start ? rune : first;
            Offset += consumed;
        }

        if (Offset == start)
        {
            return false;
        }

        log.Report(DiagnosticCodes.JsonNonStandardWhitespace, start, string.Create(CultureInfo.InvariantCulture,
            $"U+{first.Value:X4} is whitespace to the platform's reader but not to JSON ({StrictParsersReject}); it is skipped. Replace it with a space."));
        return true;
    }

    private string ReadStringWithEscapes()
    {
        var open = Offset;
        var position = open + 1;
        var length = 0;
        var controls = 0;
        var firstControl = 0;
        while (true)
        {
            var rest = _text.AsSpan(position, _length - position);
            var stop = rest.IndexOfAny(StringStops);
            if (stop < 0)
            {
                throw new JsonSyntaxException(open, "This string is not closed: the file ends before its closing quote.");
            }

            EnsureCapacity(length + stop + 2);
            length += Encoding.UTF8.GetChars(rest[..stop], _chars.AsSpan(length));
            position += stop;
            var next = _text[position];
            if (next == (byte)'"')
            {
                break;
            }

            if (next == (byte)'\\')
            {
                position = ReadEscape(open, position, ref length);
                continue;
            }

            firstControl = controls++ == 0 ? position : firstControl;
            _chars[length++] = (char)next;
            position++;
        }

        Offset = position + 1;
        if (controls > 0)
        {
            log.Report(DiagnosticCodes.JsonControlCharacter, firstControl, string.Create(CultureInfo.InvariantCulture,
                $"This string holds {controls} raw control character(s), the first U+{(int)_text[firstControl]:X4}; the platform's reader keeps them as they are ({StrictParsersReject}). Write them as escapes such as \\t or \\n."));
        }

        return new string(_chars, 0, length);
    }

    /// <summary>Reads the escape at <paramref name="position"/> into the character buffer; returns the offset after it.</summary>
    private int ReadEscape(int open, int position, ref int length)
    {
        if (position + 1 >= _length)
        {
            throw new JsonSyntaxException(open, "This string is not closed: the file ends before its closing quote.");
        }

        var escaped = _text[position + 1];
        if (escaped != (byte)'u')
        {
            _chars[length++] = escaped switch
            {
                (byte)'"' or (byte)'\\' or (byte)'/' => (char)escaped,
                (byte)'b' => '\b',
                (byte)'f' => '\f',
                (byte)'n' => '\n',
                (byte)'r' => '\r',
                (byte)'t' => '\t',
                _ => throw new JsonSyntaxException(position, $"'\\{(char)escaped}' is not a JSON escape; write \\\\ for a backslash."),
            };
            return position + 2;
        }

        var unit = ReadHex(position);
        if (char.IsHighSurrogate(unit) && ReadLowSurrogate(position + 6) is { } low)
        {
            _chars[length++] = unit;
            _chars[length++] = low;
            return position + 12;
        }

        if (char.IsSurrogate(unit))
        {
            throw new JsonSyntaxException(position, string.Create(CultureInfo.InvariantCulture,
                $"\\u{(int)unit:X4} is half of a surrogate pair without its other half; no UTF-8 file can hold it."));
        }

        _chars[length++] = unit;
        return position + 6;
    }

    private char? ReadLowSurrogate(int position) =>
        position + 1 < _length && _text[position] == (byte)'\\' && _text[position + 1] == (byte)'u' && ReadHex(position) is var unit && char.IsLowSurrogate(unit)
            ? unit
            : null;

    private char ReadHex(int position)
    {
        var digits = position + 6 <= _length ? _text.AsSpan(position + 2, 4) : [];
        if (!int.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            throw new JsonSyntaxException(position, "\\u must be followed by four hexadecimal digits.");
        }

        return (char)value;
    }

    private void EnsureCapacity(int needed)
    {
        if (needed > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(needed, _chars.Length * 2));
        }
    }
}
