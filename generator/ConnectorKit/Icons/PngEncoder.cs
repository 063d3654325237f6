using System.Buffers.Binary;
using System.Text;

namespace ConnectorKit.Icons;

/// <summary>
/// Writes an 8-bit RGB PNG file with the chunks a decoder needs and nothing else (no time, no text, no gamma), so the
/// bytes depend on the pixels alone. Each row is filtered with "Up" when that makes it all zeros (a row like the one
/// above) and with "Sub" otherwise (runs of one colour become zeros), then compressed by <see cref="FixedHuffmanDeflate"/>.
/// </summary>
public static class PngEncoder
{
    private const int BytesPerPixel = 3;
    private const byte FilterSub = 1;
    private const byte FilterUp = 2;

    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] Encode(int width, int height, Func<int, int, Rgb> pixel)
    {
        var stride = width * BytesPerPixel;
        var raw = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var colour = pixel(x, y);
                var at = (y * stride) + (x * BytesPerPixel);
                raw[at] = colour.R;
                raw[at + 1] = colour.G;
                raw[at + 2] = colour.B;
            }
        }

        using var file = new MemoryStream();
        file.Write(Signature);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: RGB
        WriteChunk(file, "IHDR", header);
        WriteChunk(file, "IDAT", Zlib(Filter(raw, stride, height)));
        WriteChunk(file, "IEND", []);
        return file.ToArray();
    }

    private static byte[] Filter(byte[] raw, int stride, int height)
    {
        var filtered = new byte[height * (stride + 1)];
        for (var y = 0; y < height; y++)
        {
            var row = raw.AsSpan(y * stride, stride);
            var above = y == 0 ? null : raw.AsSpan((y - 1) * stride, stride).ToArray();
            var target = filtered.AsSpan(y * (stride + 1), stride + 1);
            if (above is not null && row.SequenceEqual(above))
            {
                target[0] = FilterUp; // the rest stays zero
                continue;
            }

            target[0] = FilterSub;
            for (var i = 0; i < stride; i++)
            {
                var left = i >= BytesPerPixel ? row[i - BytesPerPixel] : 0;
                target[i + 1] = (byte)(row[i] - left);
            }
        }

        return filtered;
    }

    /// <summary>A zlib stream (RFC 1950): header without a preset dictionary, the deflate data, the Adler-32.</summary>
    private static byte[] Zlib(byte[] data)
    {
        var deflated = FixedHuffmanDeflate.Compress(data);
        var stream = new byte[2 + deflated.Length + 4];
        stream[0] = 0x78; // deflate, 32 KiB window
        stream[1] = 0x01; // fastest level; 0x7801 is a multiple of 31 as the header check requires
        deflated.CopyTo(stream, 2);
        BinaryPrimitives.WriteUInt32BigEndian(stream.AsSpan(2 + deflated.Length), PngChecksums.Adler32(data));
        return stream;
    }

    private static void WriteChunk(Stream file, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(number, (uint)data.Length);
        file.Write(number);
        var typeAndData = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type, typeAndData);
        data.CopyTo(typeAndData, 4);
        file.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, PngChecksums.Crc(typeAndData));
        file.Write(number);
    }
}
