using System.Text;
using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;

namespace ConnectorKit.Tests.Json;

public class JsonFileReaderTests
{
    private static JsonReadResult Read(string text) => JsonFileReader.Read(Encoding.UTF8.GetBytes(text), "x.json");

    [Fact]
    public void Records_the_line_and_column_of_every_key_and_item()
    {
        var result = Read("{\n  \"a\": {\n    \"b/c\": [1, \"é\", true]\n  },\n  \"d\": null\n}\n");

        Assert.True(result.Succeeded);
        Assert.Equal(new SourcePosition("x.json", 2, 3), result.Positions.Find("/a"));
        Assert.Equal(new SourcePosition("x.json", 3, 5), result.Positions.Find("/a/b~1c"));
        Assert.Equal(new SourcePosition("x.json", 3, 16), result.Positions.Find("/a/b~1c/1"));
        Assert.Equal(new SourcePosition("x.json", 3, 21), result.Positions.Find("/a/b~1c/2"));
        Assert.Equal(new SourcePosition("x.json", 5, 3), result.Positions.Find("/d"));
        Assert.Equal(new SourcePosition("x.json", 3, 5), result.Positions.Find("/a/b~1c/9/missing"));
    }

    [Fact]
    public void Keeps_key_order_and_number_text()
    {
        var result = Read("{\"z\": 1.0, \"a\": 2, \"m\": 1e3}");

        var root = Assert.IsType<JsonObject>(result.Root);
        Assert.Equal(["z", "a", "m"], root.Select(p => p.Key));
        Assert.Equal("{\n  \"z\": 1.0,\n  \"a\": 2,\n  \"m\": 1e3\n}\n", CanonicalJsonWriter.ToText(root));
    }

    [Fact]
    public void A_trailing_comma_is_an_error_with_its_position()
    {
        var result = Read("{\n  \"a\": 1,\n}");

        Assert.Null(result.Root);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.JsonSyntax.Code, diagnostic.Code);
        Assert.Equal(3, diagnostic.Position.Line);
        Assert.Equal(1, diagnostic.Position.Column);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted_with_a_warning()
    {
        var result = JsonFileReader.Read([0xEF, 0xBB, 0xBF, .. "{\"a\": 1}"u8.ToArray()], "bom.json");

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.ByteOrderMark.Code, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
    }

    [Fact]
    public void Windows_1252_bytes_are_an_error_at_their_line_and_column()
    {
        var result = JsonFileReader.Read([.. "{\n  \"a\": \"caf"u8.ToArray(), 0xE9, .. "\"\n}"u8.ToArray()], "cp.json");

        Assert.Null(result.Root);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidEncoding.Code, diagnostic.Code);
        Assert.Equal(new SourcePosition("cp.json", 2, 12), diagnostic.Position);
    }

    [Fact]
    public void Duplicate_keys_are_reported_where_the_second_one_stands()
    {
        var result = Read("{\n  \"a\": 1,\n  \"a\": 2\n}");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.DuplicateKey.Code, diagnostic.Code);
        Assert.Equal(new SourcePosition("x.json", 3, 3), diagnostic.Position);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"a\": }")]
    [InlineData("{} {}")]
    [InlineData("[1, 2")]
    public void Malformed_input_is_a_finding_not_an_exception(string text)
    {
        var result = Read(text);

        Assert.Null(result.Root);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.JsonSyntax.Code && d.Position.Line >= 1);
    }

    [Fact]
    public void Positions_on_one_long_line_are_counted_in_characters()
    {
        var items = string.Join(",", Enumerable.Range(0, 2000).Select(i => $"\"k{i}\":\"é{i}\""));
        var result = Read("{" + items + "}");

        var expectedColumn = 2 + Enumerable.Range(0, 1999).Sum(i => $"\"k{i}\":\"é{i}\",".Length);
        Assert.Equal(new SourcePosition("x.json", 1, expectedColumn), result.Positions.Find("/k1999"));
    }
}
