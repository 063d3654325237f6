using System.Text;
using ConnectorKit.Diagnostics;
using ConnectorKit.Import;

namespace ConnectorKit.Tests.Import;

/// <summary>
/// Read what the platform reads: a swagger that deviates from strict JSON as published connectors do imports with
/// positioned warnings; what no reader gets past, or a file of the wrong shape, is an error and nothing is imported.
/// </summary>
public sealed class UnreadableImportTests
{
    [Theory]
    [InlineData("\"securityDefinitions\": {}", "\"securityDefinitions\": {},", "CK1012", 8, 28)]
    [InlineData("\"basePath\": \"/v1\",", "\"basePath\": \"/v1\"", "CK1017", 6, 3)]
    [InlineData("\"host\": \"api.contoso.com\",", "\"host\": \"old.contoso.com\",\n  \"host\": \"api.contoso.com\",", "CK1013", 5, 3)]
    [InlineData("\"schemes\": [\"https\"],", "\"schemes\": [\"https\"], // secure only", "CK1015", 6, 25)]
    [InlineData("\"paths\": {},", "\"paths\": {}\u2003,", "CK1016", 7, 14)]
    [InlineData("Contoso's API.", "Contoso's\tAPI.", "CK1014", 3, 58)]
    public void A_swagger_the_platform_reads_imports_with_a_positioned_warning(string original, string deviation, string code, int line, int column)
    {
        using var folder = new ConnectorFolder("Tolerated", Samples.Swagger("{}").Replace(original, deviation, StringComparison.Ordinal), Samples.Properties);

        var result = ConnectorImporter.Import(folder.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => (d.Code, d.Severity, d.Position.Line, d.Position.Column) == (code, Severity.Warning, line, column));
        Assert.Equal(RoundTripStatus.Same, RoundTripChecker.Check(folder.Path).Status);
    }

    [Theory]
    [InlineData("{\n  \"swagger\": \"2.0\",\n  \"paths\": \n}\n", "CK1008", 4, 1)]
    [InlineData("{\n  \"swagger\": \"2.0\",\n  \"paths\": {}\n", "CK1008", 4, 1)]
    [InlineData("null\n", "CK1003", 1, 1)]
    [InlineData("{\n  \"swagger\": \"2.0\",\n  \"paths\": \"oops\"\n}\n", "CK1003", 3, 3)]
    [InlineData("{\n  \"swagger\": \"2.0\",\n  \"paths\": { \"/a\": { \"get\": [] } }\n}\n", "CK1003", 3, 22)]
    public void A_broken_swagger_is_an_error_at_its_line(string swagger, string code, int line, int column)
    {
        using var folder = new ConnectorFolder("Broken", swagger, Samples.Properties);

        var result = ConnectorImporter.Import(folder.Path);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        Assert.Contains(result.Diagnostics, d => (d.Code, d.Severity, d.Position.Line, d.Position.Column) == (code, Severity.Error, line, column));
        Assert.Equal(RoundTripStatus.Unreadable, RoundTripChecker.Check(folder.Path).Status);
    }

    [Fact]
    public void Windows_1252_bytes_are_read_as_such_with_a_positioned_warning()
    {
        using var folder = new ConnectorFolder("Cp1252", "{}", Samples.Properties);
        var swagger = Encoding.UTF8.GetBytes(Samples.Swagger("{}")).AsSpan();
        var title = swagger.IndexOf("Contoso\""u8);
        folder.WriteBytes("apiDefinition.swagger.json", [.. swagger[..title], .. "Br"u8, 0xF8, .. "nn"u8, .. swagger[(title + "Contoso".Length)..]]);

        var result = ConnectorImporter.Import(folder.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => (d.Code, d.Position.Line, d.Position.Column) == (DiagnosticCodes.JsonReadAsWindows1252.Code, 3, 25));
        Assert.Contains("Brønn", Encoding.UTF8.GetString(result.Files.Single(f => f.RelativePath == "connector.yaml").Content), StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_a_warning_and_the_import_goes_on()
    {
        using var folder = new ConnectorFolder("Bom", "{}", Samples.Properties);
        folder.WriteBytes("apiDefinition.swagger.json", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Samples.Swagger("{}"))]);

        var result = ConnectorImporter.Import(folder.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.ByteOrderMark.Code && d.Severity == Severity.Warning);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.PaconnCannotParse.Code && d.Severity == Severity.Warning);
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

    /// <summary>
    /// Found by the fuzz test: the script was copied byte for byte and the import succeeded, but generate refuses a
    /// script that is not UTF-8, so the model it wrote could not be used.
    /// </summary>
    [Fact]
    public void A_model_that_would_not_generate_is_an_error_and_is_not_a_result()
    {
        using var folder = new ConnectorFolder("Cp1252Script", Samples.Swagger("{}"), Samples.Properties);
        folder.WriteBytes("script.csx", [.. "// Caf"u8, 0xE9, .. "\npublic class Script : ScriptBase { }\n"u8]);

        var result = ConnectorImporter.Import(folder.Path);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.ImportUnusable.Code, 1, 1), (error.Code, error.Position.Line, error.Position.Column));
        Assert.Contains(DiagnosticCodes.InvalidEncoding.Code, error.Message, StringComparison.Ordinal);
        Assert.Equal(RoundTripStatus.Different, RoundTripChecker.Check(folder.Path).Status);
    }
}
