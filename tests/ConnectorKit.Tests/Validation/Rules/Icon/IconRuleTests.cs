using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Generation;
using ConnectorKit.Tests.TestSupport;
using ConnectorKit.Validation.Rules.Certification;

namespace ConnectorKit.Tests.Validation.Rules.Icon;

/// <summary>
/// CkIconNotPng and CkCertIconSize on a connector folder's icon.png (reported at the file) and on a model's icon
/// (reported at its <c>icon:</c> value, and stopping generate before anything is written).
/// </summary>
public sealed class IconRuleTests
{
    /// <summary>The rules of ours these tests trigger; the table of the other rules' triggers is text, an icon is not.</summary>
    public static readonly string[] TriggeredCodes = ["CkIconNotPng", "CkCertIconSize"];

    [Theory]
    [InlineData(230, 230)]
    [InlineData(200, 200)]
    [InlineData(260, 260)]
    public void A_square_png_of_about_230_pixels_passes_both_rules(int width, int height)
    {
        using var folder = new ConnectorFolder();
        folder.WriteBytes(DefinitionFiles.Icon, PngImages.Of(width, height));

        Assert.DoesNotContain(folder.Validate(certification: true), d => TriggeredCodes.Contains(d.Code));
    }

    [Fact]
    public void An_icon_that_is_not_a_png_is_an_error_at_the_file_even_without_certification()
    {
        using var folder = new ConnectorFolder();
        folder.Write(DefinitionFiles.Icon, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        var finding = Assert.Single(folder.Validate(certification: false), d => d.Code == "CkIconNotPng");

        Assert.Equal((Severity.Error, new SourcePosition(folder.FileOf(DefinitionFiles.Icon), 0, 0)), (finding.Severity, finding.Position));
        Assert.Equal("The icon 'icon.png' is not a PNG file: it does not start with the PNG signature (it looks like an SVG drawing); save it as a PNG image.", finding.Message);
    }

    [Fact]
    public void An_empty_icon_is_an_error()
    {
        using var folder = new ConnectorFolder();
        folder.WriteBytes(DefinitionFiles.Icon, []);

        Assert.Contains("is empty", Assert.Single(folder.Validate(certification: false), d => d.Code == "CkIconNotPng").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(160, 160, "is 160 x 160 pixels; certified connectors have an icon of about 230 x 230 pixels")]
    [InlineData(512, 512, "is 512 x 512 pixels")]
    [InlineData(230, 200, "is 230 x 200 pixels; certified connectors have a square icon")]
    public void An_icon_far_from_a_230_pixel_square_is_a_certification_warning(int width, int height, string message)
    {
        using var folder = new ConnectorFolder();
        folder.WriteBytes(DefinitionFiles.Icon, PngImages.Of(width, height));

        var finding = Assert.Single(folder.Validate(certification: true), d => d.Code == nameof(CkCertIconSize));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(folder.Validate(certification: false), d => d.Code == nameof(CkCertIconSize));
    }

    [Fact]
    public void A_model_whose_icon_is_not_a_png_is_refused_at_its_value_and_nothing_is_generated()
    {
        using var model = new TemporaryFolder();
        model.Write("connector.yaml", """
            connector:
              title: Icon Demo
              description: A connector whose icon is a text file that was renamed.
              version: "1.0"
              host: api.example.com
              icon: art/logo.png
            """);
        model.Write("art/logo.png", "this is not an image");

        var result = GenerationPipeline.Default.Run(model.Path);

        var finding = Assert.Single(result.Diagnostics, d => d.Code == "CkIconNotPng");
        Assert.Equal((model.FileOf("connector.yaml").Replace('\\', '/'), 6, 9), (finding.Position.File.Replace('\\', '/'), finding.Position.Line, finding.Position.Column));
        Assert.Empty(result.Files);
    }
}
