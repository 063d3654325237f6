namespace ConnectorKit.Icons;

/// <summary>
/// A small DEFLATE encoder (RFC 1951) of our own rather than the runtime's zlib, whose output may change from one
/// runtime version to the next: one final block with the fixed Huffman codes, repeated bytes as back-references to
/// the byte before (distance 1), everything else as literals. PNG rows filtered to runs of zeros compress well this
/// way, and the bytes depend on the input alone.
/// </summary>
internal static class FixedHuffmanDeflate
{
    private const int MinMatch = 3;
    private const int MaxMatch = 258;

    // Base length and extra bits of length codes 257 to 285.
    private static readonly int[] LengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
    private static readonly int[] LengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];

    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        var bits = new BitWriter();
        bits.Write(1, 1); // the final block
        bits.Write(1, 2); // fixed Huffman codes
        var i = 0;
        while (i < data.Length)
        {
            var run = 0;
            while (i > 0 && i + run < data.Length && run < MaxMatch && data[i + run] == data[i - 1])
            {
                run++;
            }

            if (run >= MinMatch)
            {
                WriteLength(bits, run);
                bits.WriteHuffman(0, 5); // distance code 0: distance 1
                i += run;
            }
            else
            {
                WriteSymbol(bits, data[i]);
                i++;
            }
        }

        WriteSymbol(bits, 256); // end of block
        return bits.ToArray();
    }

    private static void WriteLength(BitWriter bits, int length)
    {
        var index = LengthBase.Length - 1;
        while (LengthBase[index] > length)
        {
            index--;
        }

        WriteSymbol(bits, 257 + index);
        bits.Write(length - LengthBase[index], LengthExtra[index]);
    }

    /// <summary>A literal/length symbol in the fixed code of RFC 1951 section 3.2.6.</summary>
    private static void WriteSymbol(BitWriter bits, int symbol)
    {
        switch (symbol)
        {
            case <= 143:
                bits.WriteHuffman(0x30 + symbol, 8);
                break;
            case <= 255:
                bits.WriteHuffman(0x190 + (symbol - 144), 9);
                break;
            case <= 279:
                bits.WriteHuffman(symbol - 256, 7);
                break;
            default:
                bits.WriteHuffman(0xC0 + (symbol - 280), 8);
                break;
        }
    }

    /// <summary>Bits packed from the least significant bit of each byte, as DEFLATE orders them.</summary>
    private sealed class BitWriter
    {
        private readonly List<byte> _bytes = [];
        private int _current;
        private int _count;

        /// <summary>A value's low <paramref name="length"/> bits, least significant first (header fields, extra bits).</summary>
        public void Write(int value, int length)
        {
            for (var bit = 0; bit < length; bit++)
            {
                Push((value >> bit) & 1);
            }
        }

        /// <summary>A Huffman code, most significant bit first.</summary>
        public void WriteHuffman(int code, int length)
        {
            for (var bit = length - 1; bit >= 0; bit--)
            {
                Push((code >> bit) & 1);
            }
        }

        public byte[] ToArray()
        {
            if (_count > 0)
            {
                _bytes.Add((byte)_current);
                _current = _count = 0;
            }

            return [.. _bytes];
        }

        private void Push(int bit)
        {
            _current |= bit << _count;
            if (++_count == 8)
            {
                _bytes.Add((byte)_current);
                _current = _count = 0;
            }
        }
    }
}
