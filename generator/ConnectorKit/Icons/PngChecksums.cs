namespace ConnectorKit.Icons;

/// <summary>The two checksums a PNG file carries: CRC-32 after each chunk, Adler-32 at the end of the zlib stream.</summary>
public static class PngChecksums
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <summary>The CRC-32 the specification puts after each chunk (over its type and data).</summary>
    public static uint Crc(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    /// <summary>The Adler-32 of zlib (RFC 1950) over the uncompressed data.</summary>
    public static uint Adler32(ReadOnlySpan<byte> bytes)
    {
        const uint Modulus = 65521;
        uint a = 1, b = 0;
        foreach (var value in bytes)
        {
            a = (a + value) % Modulus;
            b = (b + a) % Modulus;
        }

        return (b << 16) | a;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
