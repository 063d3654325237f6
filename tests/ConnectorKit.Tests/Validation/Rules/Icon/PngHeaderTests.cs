using ConnectorKit.Tests.TestSupport;
using ConnectorKit.Validation.Rules.Icon;

namespace ConnectorKit.Tests.Validation.Rules.Icon;

public sealed class PngHeaderTests
{
    [Fact]
    public void A_png_an_image_editor_wrote_reads_back_its_size()
    {
        // Written by an image editor (the connector's first icon), so it checks the header checksum against another encoder's.
        var header = PngHeader.Read(File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "tests", "ConnectorKit.Tests", "Validation", "Rules", "Icon", "editor-written-160.png")), out var problem);

        Assert.Null(problem);
        Assert.Equal((160, 160), (header!.Width, header.Height));
    }

    [Fact]
    public void A_built_png_reads_back_its_size_and_colour_type()
    {
        var header = PngHeader.Read(PngImages.Of(230, 120), out _);

        Assert.Equal(new PngHeader(230, 120, 8, 2), header);
    }

    public static TheoryData<string, byte[], string> NotPng { get; } = new()
    {
        { "empty", [], "is empty" },
        { "text", "not an image"u8.ToArray(), "does not start with the PNG signature" },
        { "jpeg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10], "it looks like a JPEG image" },
        { "svg", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8.ToArray(), "it looks like an SVG drawing" },
        { "signature only", PngImages.Signature, "cut short before the end of its IHDR header" },
        { "cut after the header", PngImages.Of(4, 4)[..40], "has no IEND chunk" },
        { "damaged header", Damaged(PngImages.Of(4, 4), 17), "checksum of its IHDR header does not match" },
        { "zero width", PngImages.WithHeader(0, 4, 8, 2), "gives 0 x 4 pixels" },
        { "impossible depth", PngImages.WithHeader(4, 4, 3, 2), "colour type 2 with bit depth 3" },
        { "unknown colour type", PngImages.WithHeader(4, 4, 8, 5), "colour type 5" },
        { "first chunk not IHDR", [.. PngImages.Signature, 0, 0, 0, 13, .. "IDAT"u8, .. new byte[17]], "first chunk is not a 13-byte IHDR header" },
    };

    [Theory]
    [MemberData(nameof(NotPng))]
    public void Bytes_that_are_not_a_png_say_why(string what, byte[] bytes, string reason)
    {
        Assert.Null(PngHeader.Read(bytes, out var problem));
        Assert.True(problem?.Contains(reason, StringComparison.Ordinal), $"{what}: {problem}");
    }

    [Fact]
    public void Bytes_after_the_end_chunk_are_ignored_as_decoders_do() =>
        Assert.NotNull(PngHeader.Read([.. PngImages.Of(4, 4), .. "trailing"u8], out _));

    private static byte[] Damaged(byte[] png, int index)
    {
        var copy = png.ToArray();
        copy[index] ^= 0x40;
        return copy;
    }
}
