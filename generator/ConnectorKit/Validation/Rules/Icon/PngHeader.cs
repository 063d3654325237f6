using System.Buffers.Binary;
using ConnectorKit.Icons;

namespace ConnectorKit.Validation.Rules.Icon;

/// <summary>
/// What the header of a PNG file says, read from its bytes without decoding the image. The layout is the PNG
/// specification's (W3C PNG, ISO/IEC 15948): the 8-byte signature, then the IHDR chunk (length 13, width, height, bit
/// depth, colour type, compression, filter and interlace methods, CRC), and an IEND chunk at the end.
/// </summary>
public sealed record PngHeader(int Width, int Height, int BitDepth, int ColorType)
{
    private const int ChunkOverhead = 12;
    private const int HeaderDataLength = 13;

    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] End = [0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82];

    /// <summary>The header, or why the bytes are not a PNG file (the end of a sentence starting with the file's name).</summary>
    public static PngHeader? Read(ReadOnlySpan<byte> bytes, out string? problem)
    {
        problem = Check(bytes);
        if (problem is not null)
        {
            return null;
        }

        var data = bytes.Slice(Signature.Length + 8, HeaderDataLength);
        return new PngHeader((int)BinaryPrimitives.ReadUInt32BigEndian(data), (int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]), data[8], data[9]);
    }

    private static string? Check(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return "is empty";
        }

        if (!bytes.StartsWith(Signature))
        {
            return "is not a PNG file: it does not start with the PNG signature" + Likely(bytes);
        }

        if (bytes.Length < Signature.Length + ChunkOverhead + HeaderDataLength)
        {
            return "is cut short before the end of its IHDR header";
        }

        var header = bytes[Signature.Length..];
        if (BinaryPrimitives.ReadUInt32BigEndian(header) != HeaderDataLength || !header.Slice(4, 4).SequenceEqual("IHDR"u8))
        {
            return "is not a valid PNG file: its first chunk is not a 13-byte IHDR header";
        }

        if (BinaryPrimitives.ReadUInt32BigEndian(header[(8 + HeaderDataLength)..]) != PngChecksums.Crc(header.Slice(4, 4 + HeaderDataLength)))
        {
            return "is damaged: the checksum of its IHDR header does not match";
        }

        var data = header.Slice(8, HeaderDataLength);
        var width = BinaryPrimitives.ReadUInt32BigEndian(data);
        var height = BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
        if (width == 0 || height == 0 || width > int.MaxValue || height > int.MaxValue)
        {
            return $"is not a valid PNG file: its header gives {width} x {height} pixels";
        }

        if (!IsValidDepth(data[9], data[8]) || data[10] != 0 || data[11] != 0 || data[12] > 1)
        {
            return $"is not a valid PNG file: its header has colour type {data[9]} with bit depth {data[8]}, or an unknown method";
        }

        // Bytes after IEND are ignored by decoders, so only a missing IEND (a file cut short) is refused.
        return bytes[(Signature.Length + ChunkOverhead + HeaderDataLength)..].IndexOf(End) >= 0 ? null : "is cut short: it has no IEND chunk";
    }

    /// <summary>The bit depths the specification allows for each colour type.</summary>
    private static bool IsValidDepth(byte colorType, byte bitDepth) => colorType switch
    {
        0 => bitDepth is 1 or 2 or 4 or 8 or 16,
        3 => bitDepth is 1 or 2 or 4 or 8,
        2 or 4 or 6 => bitDepth is 8 or 16,
        _ => false,
    };

    /// <summary>What the file probably is, for the message: the formats an icon is most often saved as by mistake.</summary>
    private static string Likely(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? " (it looks like a JPEG image)"
        : bytes.StartsWith("GIF8"u8) ? " (it looks like a GIF image)"
        : bytes.StartsWith("BM"u8) ? " (it looks like a BMP image)"
        : bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 1, 0]) ? " (it looks like an ICO file)"
        : bytes.IndexOf("<svg"u8) >= 0 ? " (it looks like an SVG drawing)"
        : string.Empty;
}
