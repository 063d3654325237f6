using ConnectorKit.Icons;
using ConnectorKit.Validation.Rules.Certification;
using ConnectorKit.Validation.Rules.Icon;

namespace ConnectorKit.Tests.Icons;

public class StarterIconTests
{
    [Fact]
    public void The_starter_icon_meets_the_certification_guidance()
    {
        var background = Rgb.Parse(StarterIcon.BrandColourFor("Contoso Orders"))!.Value;

        var png = StarterIcon.Draw(background);
        var header = PngHeader.Read(png, out _)!;
        var (_, _, pixels) = PngDecoder.Decode(png);

        Assert.Equal((CkCertIconSize.ExpectedSide, CkCertIconSize.ExpectedSide), (header.Width, header.Height));
        Assert.Equal(background, pixels[0]);
        Assert.Equal(background, pixels[^1]);
        Assert.NotEqual(Rgb.White, background);
        Assert.NotEqual(Rgb.Parse("#007ee5"), background);

        // The logo stays inside the middle 160 x 160 pixels: the 35-pixel border is the background colour.
        for (var y = 0; y < StarterIcon.Size; y++)
        {
            for (var x = 0; x < StarterIcon.Size; x++)
            {
                if (x < 35 || y < 35 || x >= 195 || y >= 195)
                {
                    Assert.Equal(background, pixels[(y * StarterIcon.Size) + x]);
                }
            }
        }

        Assert.Contains(Rgb.White, pixels);
    }

    [Fact]
    public void The_brand_colour_follows_the_name_and_comes_from_the_palette()
    {
        Assert.Equal(StarterIcon.BrandColourFor("Contoso Orders"), StarterIcon.BrandColourFor("Contoso Orders"));
        Assert.All(new[] { "A", "Contoso", "Fabrikam Shipping", "Northwind" }, name => Assert.Contains(StarterIcon.BrandColourFor(name), StarterIcon.Palette));
    }
}
