using ConnectorKit.Diagnostics;

namespace ConnectorKit.Json;

/// <summary>
/// Turns byte offsets of UTF-8 text into 1-based line and column (columns count characters, not bytes). Offsets mostly
/// come in increasing order, so counting resumes from the previous answer: a minified file on one line stays linear.
/// </summary>
internal sealed class LineMap
{
    private readonly byte[] _text;
    private readonly int _length;
    private readonly List<int> _lineStarts = [0];
    private readonly string _file;
    private int _lastLine;
    private int _lastOffset;
    private int _lastColumn = 1;

    public LineMap(byte[] text, int length, string file)
    {
        _text = text;
        _length = length;
        _file = file;
        var span = text.AsSpan(0, length);
        for (var start = 0; ;)
        {
            var newline = span[start..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                break;
            }

            start += newline + 1;
            _lineStarts.Add(start);
        }
    }

    public SourcePosition At(int offset)
    {
        var target = Math.Clamp(offset, 0, _length);
        var line = _lineStarts.BinarySearch(target);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var (from, column) = line == _lastLine && target >= _lastOffset ? (_lastOffset, _lastColumn) : (_lineStarts[line], 1);
        for (var i = from; i < target; i++)
        {
            if ((_text[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        (_lastLine, _lastOffset, _lastColumn) = (line, target, column);
        return new SourcePosition(_file, line + 1, column);
    }
}
