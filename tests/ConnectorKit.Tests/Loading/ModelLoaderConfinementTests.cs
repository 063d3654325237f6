using ConnectorKit.Tests.TestSupport;
using static ConnectorKit.Tests.Loading.ModelSnippets;

namespace ConnectorKit.Tests.Loading;

/// <summary>
/// The loader reads only the model folder: YAML files and folders linked from elsewhere are refused, and the client's
/// folder must be a plain relative folder (what it is relative to, the output folder, is checked when writing).
/// </summary>
public sealed class ModelLoaderConfinementTests
{
    [Theory]
    [InlineData("../../victim", "CK1031", "climbs out of generate's output folder with '..'")]
    [InlineData("/", "CK1030", "is absolute")]
    [InlineData("/outside/victim", "CK1030", "is absolute")]
    [InlineData("C:\\victim", "CK1030", "is absolute")]
    [InlineData(".", "CK1033", "names generate's output folder itself")]
    [InlineData("client/../..", "CK1031", "climbs out")]
    [InlineData("\"\"", "CK1033", "is empty")]
    public void A_client_folder_that_is_not_inside_the_output_folder_is_refused_at_its_value(string output, string code, string reason)
    {
        var result = TempModelFolder.LoadSingle(Header + $"client:\n  namespace: Demo.Client\n  output: {output}\n");

        var diagnostic = LoadAssert.Single(result, code, 8, 11);
        Assert.Contains(reason, diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(result.Model);
    }

    [Fact]
    public void The_client_folder_is_kept_in_its_normal_form()
    {
        var result = TempModelFolder.LoadSingle(Header + "client:\n  namespace: Demo.Client\n  output: ./connector\\client/\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal("connector/client", result.Model!.Client!.Output.Text);
    }

    [Fact]
    public void A_yaml_file_linked_from_elsewhere_is_not_read()
    {
        using var elsewhere = new TemporaryFolder();
        var secret = elsewhere.Write("secret.yaml", "schemas:\n  Stolen: { type: object, description: a secret of the machine }\n");
        using var folder = new TempModelFolder(("connector.yaml", Header));
        folder.Link("extra.yaml", secret);

        var result = folder.Load();

        var diagnostic = LoadAssert.Single(result, "CK1032", 0, 0);
        Assert.Equal(folder.FileName("extra.yaml"), diagnostic.Position.File);
        Assert.DoesNotContain("secret of the machine", string.Join("\n", result.Diagnostics), StringComparison.Ordinal);
        Assert.Null(result.Model);
    }

    [Fact]
    public void A_main_file_linked_from_elsewhere_is_not_read()
    {
        using var elsewhere = new TemporaryFolder();
        var main = elsewhere.Write("connector.yaml", Header);
        using var folder = new TemporaryFolder();
        folder.Link("connector.yaml", main);

        var result = ConnectorKit.Loading.ModelLoader.Load(folder.Path);

        Assert.Equal("CK1032", Assert.Single(result.Diagnostics).Code);
        Assert.Null(result.Model);
    }

    [Fact]
    public void A_folder_linked_from_elsewhere_is_reported_and_not_entered()
    {
        using var elsewhere = new TemporaryFolder();
        elsewhere.Write("schemas.yaml", "schemas:\n  Stolen: { type: object }\n");
        using var folder = new TempModelFolder(("connector.yaml", Header));
        folder.Link("shared", elsewhere.Path, toFolder: true);

        var result = folder.Load();

        var diagnostic = LoadAssert.Single(result, "CK1032", 0, 0);
        Assert.Contains("The folder 'shared' leads out of the model folder", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(result.Model);
    }

    [Fact]
    public void A_folder_linked_inside_the_model_is_read_once_where_it_really_is()
    {
        using var folder = new TempModelFolder(("connector.yaml", Header), ("parts/schemas.yaml", "schemas:\n  Thing: { type: object }\n"));
        folder.Link("alias", Path.Combine(folder.Path, "parts"), toFolder: true);

        var result = folder.Load();

        Assert.Empty(result.Diagnostics);
        Assert.Single(result.Model!.Schemas);
    }
}
