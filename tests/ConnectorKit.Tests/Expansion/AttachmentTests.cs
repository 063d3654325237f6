using System.Text;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;

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
    public void A_missing_icon_is_reported_at_the_connector_section()
    {
        var model = ModelBuilder.Connector(_folder);
        model = model with { Info = model.Info with { Icon = "icon.png" } };

        var result = ModelExpander.Expand(model);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.FileNotFound.Code, 1), (diagnostic.Code, diagnostic.Position.Line));
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
}
