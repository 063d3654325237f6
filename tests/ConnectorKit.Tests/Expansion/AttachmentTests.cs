using System.Text;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Model;
using ConnectorKit.Tests.TestSupport;

namespace ConnectorKit.Tests.Expansion;

/// <summary>The script and icon a model names: read, normalised, and reported (never thrown) when they cannot be read.</summary>
public sealed class AttachmentTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ck-expander-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_missing_script_is_reported_at_the_script_entry()
    {
        var model = ModelBuilder.Connector(_folder) with { Script = ModelBuilder.Script("code/script.csx", 7, "GetItems") };

        var result = ModelExpander.Expand(model);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.FileNotFound.Code, 7), (diagnostic.Code, diagnostic.Position.Line));
        Assert.Contains("code/script.csx", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(result.Definition.Script);
        Assert.Equal("GetItems", result.Definition.Properties.ScriptOperations.Single());
    }

    [Fact]
    public void A_missing_icon_is_reported_at_its_value()
    {
        var model = ModelBuilder.Connector(_folder);
        model = model with { Info = model.Info with { Icon = new ModelPath("icon.png", ModelBuilder.At(3)) } };

        var result = ModelExpander.Expand(model);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.FileNotFound.Code, 3), (diagnostic.Code, diagnostic.Position.Line));
        Assert.Null(result.Definition.Icon);
    }

    [Fact]
    public void Script_line_ends_become_LF()
    {
        File.WriteAllText(Path.Combine(_folder, "script.csx"), "line one\r\nline two\r\n", new UTF8Encoding(false));
        var model = ModelBuilder.Connector(_folder) with { Script = ModelBuilder.Script("script.csx", 3) };

        var result = ModelExpander.Expand(model);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("line one\nline two\n", result.Definition.Script?.Text);
        Assert.False(result.Definition.Properties.Properties!.ContainsKey("scriptOperations"));
    }

    [Fact]
    public void A_script_byte_order_mark_is_dropped_with_a_warning()
    {
        File.WriteAllBytes(Path.Combine(_folder, "script.csx"), [0xEF, 0xBB, 0xBF, .. "x\n"u8]);
        var model = ModelBuilder.Connector(_folder) with { Script = ModelBuilder.Script("script.csx", 3) };

        var result = ModelExpander.Expand(model);

        Assert.Equal((DiagnosticCodes.ByteOrderMark.Code, Severity.Warning), (Assert.Single(result.Diagnostics).Code, result.Diagnostics[0].Severity));
        Assert.Equal("x\n", result.Definition.Script?.Text);
    }

    [Fact]
    public void A_script_that_is_not_UTF8_is_reported()
    {
        File.WriteAllBytes(Path.Combine(_folder, "script.csx"), [(byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)'\n']);
        var model = ModelBuilder.Connector(_folder) with { Script = ModelBuilder.Script("script.csx", 3) };

        var result = ModelExpander.Expand(model);

        Assert.Equal((DiagnosticCodes.InvalidEncoding.Code, 3), (Assert.Single(result.Diagnostics).Code, result.Diagnostics[0].Position.Line));
        Assert.Null(result.Definition.Script);
    }

    [Theory]
    [InlineData("../secret.png", "CK1031")]
    [InlineData("/etc/passwd", "CK1030")]
    [InlineData("assets/../../secret.png", "CK1031")]
    [InlineData("", "CK1033")]
    public void An_icon_outside_the_model_folder_is_refused_at_its_value_and_not_read(string icon, string code)
    {
        using var root = new TemporaryFolder();
        root.Write("secret.png", "a secret of the machine");
        var model = ModelBuilder.Connector(Directory.CreateDirectory(Path.Combine(root.Path, "model")).FullName);
        model = model with { Info = model.Info with { Icon = new ModelPath(icon, ModelBuilder.At(3, 9)) } };

        var result = ModelExpander.Expand(model);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((code, 3, 9), (diagnostic.Code, diagnostic.Position.Line, diagnostic.Position.Column));
        Assert.Null(result.Definition.Icon);
    }

    [Fact]
    public void An_icon_linked_to_a_file_elsewhere_is_refused_and_not_read()
    {
        using var elsewhere = new TemporaryFolder();
        using var model = new TemporaryFolder();
        model.Link("icon.png", elsewhere.Write("secret.png", "a secret of the machine"));
        var connector = ModelBuilder.Connector(model.Path);
        connector = connector with { Info = connector.Info with { Icon = new ModelPath("icon.png", ModelBuilder.At(3, 9)) } };

        var result = ModelExpander.Expand(connector);

        Assert.Equal((DiagnosticCodes.PathLinksOutside.Code, 3), (Assert.Single(result.Diagnostics).Code, result.Diagnostics[0].Position.Line));
        Assert.Null(result.Definition.Icon);
    }

    [Fact]
    public void A_script_in_a_linked_folder_elsewhere_is_refused_and_not_read()
    {
        using var elsewhere = new TemporaryFolder();
        elsewhere.Write("script.csx", "public class Script : ScriptBase { }");
        using var model = new TemporaryFolder();
        model.Link("code", elsewhere.Path, toFolder: true);
        var connector = ModelBuilder.Connector(model.Path) with { Script = ModelBuilder.Script("code/script.csx", 7) };

        var result = ModelExpander.Expand(connector);

        Assert.Equal((DiagnosticCodes.PathLinksOutside.Code, 7), (Assert.Single(result.Diagnostics).Code, result.Diagnostics[0].Position.Line));
        Assert.Null(result.Definition.Script);
    }

    [Fact]
    public void A_script_that_climbs_out_is_refused_and_not_read()
    {
        var connector = ModelBuilder.Connector(_folder) with { Script = ModelBuilder.Script("../script.csx", 7) };

        var result = ModelExpander.Expand(connector);

        Assert.Equal((DiagnosticCodes.PathClimbsOut.Code, 7), (Assert.Single(result.Diagnostics).Code, result.Diagnostics[0].Position.Line));
        Assert.Null(result.Definition.Script);
    }

    [Fact]
    public void An_icon_that_is_a_folder_is_reported_as_one()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "icon.png"));
        var model = ModelBuilder.Connector(_folder);
        model = model with { Info = model.Info with { Icon = new ModelPath("icon.png", ModelBuilder.At(3)) } };

        var result = ModelExpander.Expand(model);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.PathIsFolder.Code, diagnostic.Code);
        Assert.Equal("The icon file 'icon.png' is a folder, not a file.", diagnostic.Message);
    }
}
