using System.Buffers.Binary;
using System.IO.Compression;
using ConnectorKit.Icons;

namespace ConnectorKit.Tests.Validation.Rules.Icon;

/// <summary>Small, real PNG images (black RGB pixels) built for the icon tests.</summary>
internal static class PngImages
{
    public static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] Of(int width, int height) => Build(Header(width, height, bitDepth: 8, colorType: 2), Pixels(width, height));

    /// <summary>A PNG with the given IHDR fields (and a correct checksum), whatever they say.</summary>
    public static byte[] WithHeader(int width, int height, byte bitDepth, byte colorType) =>
        Build(Header(width, height, bitDepth, colorType), Pixels(1, 1));

    private static byte[] Header(int width, int height, byte bitDepth, byte colorType)
    {
        var data = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(data, width);
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(4), height);
        data[8] = bitDepth;
        data[9] = colorType;
        return data;
    }

    /// <summary>Each row is a filter byte (none) and three zero bytes per pixel, compressed with zlib.</summary>
    private static byte[] Pixels(int width, int height)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest))
        {
            zlib.Write(new byte[(1 + (width * 3)) * height]);
        }

        return compressed.ToArray();
    }

    private static byte[] Build(byte[] header, byte[] pixels)
    {
        using var png = new MemoryStream();
        png.Write(Signature);
        Chunk(png, "IHDR"u8, header);
        Chunk(png, "IDAT"u8, pixels);
        Chunk(png, "IEND"u8, []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, ReadOnlySpan<byte> type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typed = type.ToArray().Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, PngChecksums.Crc(typed));
        png.Write(number);
    }
}
