using ConnectorKit.Icons;
using ConnectorKit.Tests.Icons;
using ConnectorKit.Tests.Snapshots;
using ConnectorKit.Tests.TestSupport;
using ConnectorKit.Validation.Rules.Certification;

namespace ConnectorKit.Tests.CustomerInsights;

/// <summary>
/// connector/icon.png is exactly what <see cref="CustomerInsightsIcon"/> draws (run the tests with ACCEPT_SNAPSHOTS=1
/// to write it after changing the drawing, then regenerate), and it meets the certification guidance.
/// </summary>
public class CustomerInsightsIconTests
{
    private static readonly string IconPath = Path.Combine(RepositoryPaths.Root, "connector", "icon.png");

    [Fact]
    public void The_committed_icon_is_the_one_the_code_draws()
    {
        var drawn = CustomerInsightsIcon.Draw();
        if (SnapshotAssert.AcceptRequested() && !File.ReadAllBytes(IconPath).AsSpan().SequenceEqual(drawn))
        {
            File.WriteAllBytes(IconPath, drawn);
        }

        Assert.True(File.ReadAllBytes(IconPath).AsSpan().SequenceEqual(drawn),
            $"{IconPath} is not what CustomerInsightsIcon draws; run the tests with {SnapshotAssert.AcceptVariable}=1 to rewrite it, then 'connectorkit generate'.");
    }

    [Fact]
    public void The_icon_is_a_230_pixel_square_of_the_brand_colour_with_the_logo_in_the_middle_160_pixels()
    {
        var (width, height, pixels) = PngDecoder.Decode(CustomerInsightsIcon.Draw());
        var background = Rgb.Parse(CustomerInsightsIcon.BrandColour)!.Value;

        Assert.Equal((CkCertIconSize.ExpectedSide, CkCertIconSize.ExpectedSide), (width, height));
        Assert.Contains($"brandColor: \"{CustomerInsightsIcon.BrandColour}\"", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "connector", "connector.yaml")), StringComparison.Ordinal);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                if (x < 35 || y < 35 || x >= 195 || y >= 195)
                {
                    Assert.Equal(background, pixels[(y * width) + x]);
                }
            }
        }

        var white = pixels.Count(p => p == Rgb.White);
        Assert.InRange(white, 160 * 160 / 8, 160 * 160 / 2);
    }
}
