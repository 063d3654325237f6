using System.Text;
using System.Text.Unicode;

namespace ConnectorKit.Json;

/// <summary>UTF-8 text to parse, and where bytes that were not UTF-8 were taken as Windows-1252 (null when none were).</summary>
internal readonly record struct DecodedText(byte[] Utf8, int Length, int? FirstRecoveredOffset, int RecoveredBytes);

/// <summary>
/// Makes a file that is not valid UTF-8 readable: each byte that does not start a valid UTF-8 sequence is taken as a
/// Windows-1252 character (the code page paconn reads text in on Windows, where such files were written) and stored
/// as UTF-8. Lines and columns do not move: such a byte was one character and stays one.
/// </summary>
internal static class Windows1252Recovery
{
    /// <summary>The characters of bytes 0x80 to 0xFF; the five bytes the code page leaves undefined keep their C1 control character.</summary>
    private static readonly string HighHalf = CodePagesEncodingProvider.Instance.GetEncoding(1252)!
        .GetString([.. Enumerable.Range(0x80, 0x80).Select(b => (byte)b)]);

    public static DecodedText Decode(byte[] bytes, int start)
    {
        var input = bytes.AsSpan(start);
        if (Utf8.IsValid(input))
        {
            return start == 0 ? new DecodedText(bytes, bytes.Length, null, 0) : new DecodedText(input.ToArray(), input.Length, null, 0);
        }

        // Every recovered byte becomes at most three UTF-8 bytes.
        var output = new byte[input.Length * 3];
        int read = 0, written = 0, recovered = 0;
        int? first = null;
        while (read < input.Length)
        {
            if (Rune.DecodeFromUtf8(input[read..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                input.Slice(read, consumed).CopyTo(output.AsSpan(written));
                read += consumed;
                written += consumed;
                continue;
            }

            first ??= written;
            recovered++;
            written += new Rune(HighHalf[input[read] - 0x80]).EncodeToUtf8(output.AsSpan(written));
            read++;
        }

        return new DecodedText(output, written, first, recovered);
    }
}
