using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Inputs;
using ConnectorKit.Tests.TestSupport;
using ConnectorKit.Tests.Validation;

namespace ConnectorKit.Tests.Definition;

/// <summary>A connector folder's files are read only from inside it: a link out is an error and is not read.</summary>
public sealed class CompanionFilesTests : IDisposable
{
    private readonly TemporaryFolder _connector = new();
    private readonly TemporaryFolder _elsewhere = new();

    public CompanionFilesTests()
    {
        _connector.Write(DefinitionFiles.ApiDefinition, SampleConnector.Swagger);
        _connector.Write(DefinitionFiles.ApiProperties, SampleConnector.ApiProperties);
    }

    public void Dispose()
    {
        _connector.Dispose();
        _elsewhere.Dispose();
    }

    [Theory]
    [InlineData(DefinitionFiles.Script)]
    [InlineData(DefinitionFiles.Icon)]
    public void A_script_or_icon_linked_to_a_file_elsewhere_is_an_error_and_not_read(string name)
    {
        _connector.Link(name, _elsewhere.Write("secret.txt", "a secret of the machine"));

        var read = ConnectorFolderReader.Read(_connector.Path);

        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal((DiagnosticCodes.PathLinksOutside, _connector.FileOf(name)), (diagnostic.Descriptor, diagnostic.Position.File));
        Assert.Null(name == DefinitionFiles.Script ? read.Definition!.Script : read.Definition!.Icon);
    }

    [Fact]
    public void Api_properties_linked_from_elsewhere_are_not_read()
    {
        File.Delete(_connector.FileOf(DefinitionFiles.ApiProperties));
        _connector.Link(DefinitionFiles.ApiProperties, _elsewhere.Write("secret.json", """{ "properties": { "secret": "of the machine" } }"""));

        var read = ConnectorFolderReader.Read(_connector.Path);

        Assert.Equal(DiagnosticCodes.PathLinksOutside, Assert.Single(read.Diagnostics).Descriptor);
        Assert.Null(read.Definition!.ApiProperties);
    }

    [Fact]
    public void A_swagger_linked_from_elsewhere_gives_no_connector()
    {
        File.Delete(_connector.FileOf(DefinitionFiles.ApiDefinition));
        _connector.Link(DefinitionFiles.ApiDefinition, _elsewhere.Write("secret.json", SampleConnector.Swagger));

        var input = ConnectorInputLoader.Load(_connector.Path);

        Assert.Equal(DiagnosticCodes.PathLinksOutside, Assert.Single(input.Diagnostics).Descriptor);
        Assert.Null(input.Connector);
    }

    [Fact]
    public void The_files_beside_a_named_swagger_are_confined_too()
    {
        _connector.Link(DefinitionFiles.Script, _elsewhere.Write("script.csx", "a secret of the machine"));

        var input = ConnectorInputLoader.Load(_connector.FileOf(DefinitionFiles.ApiDefinition));

        Assert.Equal(DiagnosticCodes.PathLinksOutside, Assert.Single(input.Diagnostics).Descriptor);
        Assert.Null(input.Connector?.Definition.Script);
    }

    [Fact]
    public void An_icon_that_is_a_folder_is_an_error()
    {
        Directory.CreateDirectory(_connector.FileOf(DefinitionFiles.Icon));

        var read = ConnectorFolderReader.Read(_connector.Path);

        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal(DiagnosticCodes.PathIsFolder, diagnostic.Descriptor);
        Assert.Equal("icon.png is a folder, not a file.", diagnostic.Message);
    }

    [Fact]
    public void Links_that_stay_inside_the_folder_are_read()
    {
        _connector.Write("assets/icon.png", "png bytes");
        _connector.Link(DefinitionFiles.Icon, Path.Combine("assets", "icon.png"));

        var read = ConnectorFolderReader.Read(_connector.Path);

        Assert.Empty(read.Diagnostics);
        Assert.Equal("png bytes"u8.ToArray(), read.Definition!.Icon!.Content);
    }
}
