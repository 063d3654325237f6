using System.Buffers.Binary;
using System.IO.Compression;
using ConnectorKit.Icons;

namespace ConnectorKit.Tests.Icons;

/// <summary>
/// Reads back the 8-bit RGB PNG files the encoder writes, with the runtime's own zlib and the specification's
/// filters, so the tests compare pixels with an independent decoder.
/// </summary>
internal static class PngDecoder
{
    public static (int Width, int Height, Rgb[] Pixels) Decode(byte[] png)
    {
        var width = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16));
        var height = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20));
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            Assert.Equal(PngChecksums.Crc(png.AsSpan(at + 4, 4 + length)), BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length)));
            if (type == "IDAT")
            {
                idat.Write(png, at + 8, length);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        return (width, height, Unfilter(raw.ToArray(), width, height));
    }

    private static Rgb[] Unfilter(byte[] data, int width, int height)
    {
        var stride = width * 3;
        Assert.Equal(height * (stride + 1), data.Length);
        var rows = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            for (var i = 0; i < stride; i++)
            {
                var value = data[(y * (stride + 1)) + 1 + i];
                var left = i >= 3 ? rows[(y * stride) + i - 3] : 0;
                var up = y > 0 ? rows[((y - 1) * stride) + i] : 0;
                rows[(y * stride) + i] = filter switch
                {
                    0 => value,
                    1 => (byte)(value + left),
                    2 => (byte)(value + up),
                    _ => throw new InvalidDataException($"filter {filter} is not one the encoder writes"),
                };
            }
        }

        return [.. Enumerable.Range(0, width * height).Select(p => new Rgb(rows[p * 3], rows[(p * 3) + 1], rows[(p * 3) + 2]))];
    }
}
