using ConnectorKit.Icons;
using ConnectorKit.Validation.Rules.Icon;

namespace ConnectorKit.Tests.Icons;

public class PngEncoderTests
{
    [Fact]
    public void A_drawing_decodes_to_the_same_pixels_with_the_runtimes_zlib()
    {
        var canvas = new IconCanvas(64, new Rgb(10, 20, 30));
        canvas.Fill(new Circle(20, 20, 12), Rgb.White);
        canvas.Fill(new RoundedRectangle(30, 34, 30, 20, 6), new Rgb(200, 100, 0));

        var (width, height, pixels) = PngDecoder.Decode(canvas.ToPng());

        Assert.Equal((64, 64), (width, height));
        for (var y = 0; y < 64; y++)
        {
            for (var x = 0; x < 64; x++)
            {
                Assert.Equal(canvas[x, y], pixels[(y * 64) + x]);
            }
        }
    }

    [Fact]
    public void Long_runs_and_every_byte_value_survive_compression()
    {
        var noise = PngEncoder.Encode(300, 3, (x, y) => new Rgb((byte)(x * 7), (byte)((x * y) + 3), (byte)(x < 150 ? 0 : 255)));

        var (_, _, pixels) = PngDecoder.Decode(noise);

        Assert.Equal(new Rgb(unchecked((byte)(299 * 7)), unchecked((byte)((299 * 2) + 3)), 255), pixels[(2 * 300) + 299]);
        Assert.Equal(new Rgb(7, 4, 0), pixels[300 + 1]);
    }

    [Fact]
    public void Edges_are_smoothed_and_the_same_drawing_gives_the_same_bytes()
    {
        byte[] Draw()
        {
            var canvas = new IconCanvas(32, new Rgb(0, 0, 0));
            canvas.Fill(new Circle(16, 16, 10.3), Rgb.White);
            return canvas.ToPng();
        }

        var first = Draw();
        var (_, _, pixels) = PngDecoder.Decode(first);

        Assert.Equal(first, Draw());
        Assert.Contains(pixels, p => p.R is > 0 and < 255);
        Assert.NotNull(PngHeader.Read(first, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("#0b556a", 11, 85, 106)]
    [InlineData("#FFFFFF", 255, 255, 255)]
    public void Brand_colours_parse(string text, byte r, byte g, byte b)
    {
        Assert.Equal(new Rgb(r, g, b), Rgb.Parse(text));
        Assert.Null(Rgb.Parse("0b556a"));
        Assert.Null(Rgb.Parse("#0b556"));
    }
}
