using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Tests.TestSupport;

namespace ConnectorKit.Tests.Definition;

public class ConnectorFolderReaderTests
{
    private const string Swagger = "{\n  \"swagger\": \"2.0\",\n  \"info\": { \"title\": \"T\", \"version\": \"1.0\" },\n  \"paths\": {}\n}\n";

    private const string Properties = "{ \"properties\": { \"publisher\": \"Contoso\" } }\n";

    [Fact]
    public void A_strict_connector_reads_without_findings()
    {
        using var folder = new TemporaryFolder();
        folder.Write(DefinitionFiles.ApiDefinition, Swagger);
        folder.Write(DefinitionFiles.ApiProperties, Properties);

        var read = ConnectorFolderReader.Read(folder.Path);

        Assert.Empty(read.Diagnostics);
        Assert.Equal("Contoso", read.Definition!.Properties.Publisher);
    }

    [Fact]
    public void A_file_paconn_cannot_parse_is_read_with_its_deviations_and_one_CK1019_warning_at_the_first()
    {
        using var folder = new TemporaryFolder();
        folder.Write(DefinitionFiles.ApiDefinition, Swagger.Replace("\"paths\": {}", "\"paths\": {},\n  // no operations yet", StringComparison.Ordinal));
        folder.Write(DefinitionFiles.ApiProperties, Properties);

        var read = ConnectorFolderReader.Read(folder.Path);

        Assert.NotNull(read.Definition);
        Assert.Equal(
            [("CK1015", Severity.Warning, 5, 3), ("CK1012", Severity.Warning, 4, 14), ("CK1019", Severity.Warning, 4, 14)],
            read.Diagnostics.Select(d => (d.Code, d.Severity, d.Position.Line, d.Position.Column)));
        Assert.Contains("it holds 2 deviation(s) from strict JSON", read.Diagnostics[2].Message, StringComparison.Ordinal);
        Assert.Equal(folder.FileOf(DefinitionFiles.ApiDefinition), read.Diagnostics[2].Position.File);
    }

    [Fact]
    public void A_duplicate_key_is_a_warning_that_paconn_does_not_mind()
    {
        using var folder = new TemporaryFolder();
        folder.Write(DefinitionFiles.ApiDefinition, Swagger);
        folder.Write(DefinitionFiles.ApiProperties, "{ \"properties\": { \"publisher\": \"Old\", \"publisher\": \"Contoso\" } }");

        var read = ConnectorFolderReader.Read(folder.Path);

        Assert.Equal(DiagnosticCodes.JsonDuplicateKey.Code, Assert.Single(read.Diagnostics).Code);
        Assert.Equal("Contoso", read.Definition!.Properties.Publisher);
    }

    [Theory]
    [InlineData("null", DefinitionFiles.ApiDefinition)]
    [InlineData("{ \"paths\": { \"/a\": { \"get\": [] } } }", DefinitionFiles.ApiDefinition)]
    [InlineData("{ \"properties\": [] }", DefinitionFiles.ApiProperties)]
    public void A_file_of_the_wrong_shape_is_an_error_and_no_definition(string text, string file)
    {
        using var folder = new TemporaryFolder();
        folder.Write(DefinitionFiles.ApiDefinition, Swagger);
        folder.Write(DefinitionFiles.ApiProperties, Properties);
        folder.Write(file, text);

        var read = ConnectorFolderReader.Read(folder.Path);

        Assert.Null(read.Definition);
        var error = Assert.Single(read.Diagnostics);
        Assert.Equal((DiagnosticCodes.WrongType.Code, folder.FileOf(file)), (error.Code, error.Position.File));
    }

    [Fact]
    public void A_swagger_under_another_name_is_read_with_the_files_beside_it()
    {
        using var folder = new TemporaryFolder();
        var swagger = folder.Write("tasks.json", Swagger);
        folder.Write(DefinitionFiles.ApiProperties, Properties);
        folder.Write(DefinitionFiles.Script, "public class Script {}");

        var read = ConnectorFolderReader.ReadSwagger(swagger);

        Assert.Equal(swagger, read.ApiDefinitionPath);
        Assert.Equal("Contoso", read.Definition!.Properties.Publisher);
        Assert.Equal("public class Script {}", read.Definition.Script!.Text);
    }
}
