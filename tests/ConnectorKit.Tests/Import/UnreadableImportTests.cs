using System.Text;
using ConnectorKit.Diagnostics;
using ConnectorKit.Import;

namespace ConnectorKit.Tests.Import;

/// <summary>Tolerant where the platform is, precise where it is not: bad files give positioned findings, never an exception.</summary>
public sealed class UnreadableImportTests
{
    [Theory]
    [InlineData("{\n  \"swagger\": \"2.0\",\n}\n", "CK1008", 3)]
    [InlineData("{\n  \"swagger\": \"2.0\"\n  \"info\": {}\n}\n", "CK1008", 3)]
    [InlineData("{\n  \"swagger\": \"2.0\",\n  \"swagger\": \"3.0\"\n}\n", "CK1006", 3)]
    public void A_broken_swagger_is_an_error_at_its_line(string swagger, string code, int line)
    {
        using var folder = new ConnectorFolder("Broken", swagger, Samples.Properties);

        var result = ConnectorImporter.Import(folder.Path);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        Assert.Contains(result.Diagnostics, d => d.Code == code && d.Severity == Severity.Error && d.Position.Line == line && d.Position.Column > 0);
        Assert.Equal(RoundTripStatus.Unreadable, RoundTripChecker.Check(folder.Path).Status);
    }

    [Fact]
    public void Windows_1252_bytes_are_an_encoding_error_with_a_position()
    {
        using var folder = new ConnectorFolder("Cp1252", "{}", Samples.Properties);
        folder.WriteBytes("apiDefinition.swagger.json", [.. "{\n  \"swagger\": \"B"u8, 0xF8, .. "\"\n}\n"u8]);

        var result = ConnectorImporter.Import(folder.Path);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidEncoding.Code && d.Position.Line == 2);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void A_byte_order_mark_is_a_warning_and_the_import_goes_on()
    {
        using var folder = new ConnectorFolder("Bom", "{}", Samples.Properties);
        folder.WriteBytes("apiDefinition.swagger.json", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Samples.Swagger("{}"))]);

        var result = ConnectorImporter.Import(folder.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.ByteOrderMark.Code && d.Severity == Severity.Warning);
        Assert.Equal(RoundTripStatus.Same, RoundTripChecker.Check(folder.Path).Status);
    }

    [Fact]
    public void A_folder_without_a_swagger_is_a_finding()
    {
        using var folder = new ConnectorFolder("Empty", "{}");
        File.Delete(Path.Combine(folder.Path, "apiDefinition.swagger.json"));

        var result = ConnectorImporter.Import(folder.Path);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.FileNotFound.Code);
    }
}
