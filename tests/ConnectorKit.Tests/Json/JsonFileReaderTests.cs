using System.Text;
using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;

namespace ConnectorKit.Tests.Json;

/// <summary>Strict JSON reads exactly; what no reader gets past is one positioned error. Deviations: <see cref="JsonFileReaderDeviationTests"/>.</summary>
public class JsonFileReaderTests
{
    private static JsonReadResult Read(string text) => JsonFileReader.Read(Encoding.UTF8.GetBytes(text), "x.json");

    [Fact]
    public void Records_the_line_and_column_of_every_key_and_item()
    {
        var result = Read("{\n  \"a\": {\n    \"b/c\": [1, \"é\", true]\n  },\n  \"d\": null\n}\n");

        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
        Assert.Null(result.StrictViolations);
        Assert.Equal(new SourcePosition("x.json", 1, 1), result.Positions.Find(JsonPointer.Root));
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
        var result = Read("{\"z\": 1.0, \"a\": 2, \"m\": 1e3, \"n\": -0.5E+07, \"big\": 123456789012345678901234567890}");

        var root = Assert.IsType<JsonObject>(result.Root);
        Assert.Equal(["z", "a", "m", "n", "big"], root.Select(p => p.Key));
        Assert.Equal("{\n  \"z\": 1.0,\n  \"a\": 2,\n  \"m\": 1e3,\n  \"n\": -0.5E+07,\n  \"big\": 123456789012345678901234567890\n}\n", CanonicalJsonWriter.ToText(root));
    }

    [Fact]
    public void A_strict_file_reads_to_the_tree_System_Text_Json_reads()
    {
        const string text = "{\"s\": \"a\\\\b\\\"c\\u00e9\\ud83d\\ude00\\n\", \"n\": [0, -1.5e-3, 10], \"o\": {\"t\": true, \"f\": false, \"z\": null}, \"e\": {}, \"a\": []}";

        var result = Read(text);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(text), result.Root));
        Assert.Equal(CanonicalJsonWriter.ToText(JsonNode.Parse(text)), CanonicalJsonWriter.ToText(result.Root));
    }

    [Fact]
    public void Escapes_and_non_ascii_text_read_to_their_characters()
    {
        var result = Read("[\"tab\\there \\\"q\\\" \\/ \\b\\f\\n\\r \\u00e9 \\ud83d\\ude00 é😀\"]");

        Assert.True(result.Succeeded);
        Assert.Equal("tab\there \"q\" / \b\f\n\r é 😀 é😀", result.Root![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("", 1, 1, "The file is empty.")]
    [InlineData("  \n ", 1, 1, "The file is empty.")]
    [InlineData("{\"a\": }", 1, 7, "Expected a value, found '}'.")]
    [InlineData("{} {}", 1, 4, "There is more text after the end of the JSON value.")]
    [InlineData("[1, 2", 1, 6, "The file ends before the array opened at line 1, column 1 is closed.")]
    [InlineData("{\n  \"a\": \"open", 2, 8, "This string is not closed")]
    [InlineData("{\"a\" 1}", 1, 6, "Expected ':' after the key 'a', found '1'.")]
    [InlineData("{\"a\": 1 2}", 1, 9, "Expected ',' or '}', found '2'.")]
    [InlineData("{\"a\": 1,, \"b\": 2}", 1, 9, "Expected a member name in double quotes, found ','.")]
    [InlineData("[1,,2]", 1, 4, "Expected a value, found ','.")]
    [InlineData("[1 :]", 1, 4, "Expected ',' or ']', found ':'.")]
    [InlineData("{a: 1}", 1, 2, "Expected a member name in double quotes, found 'a'.")]
    [InlineData("['a']", 1, 2, "Expected a value, found '''.")]
    [InlineData("[01]", 1, 2, "'01' is not a JSON number")]
    [InlineData("[1.]", 1, 2, "'1.' is not a JSON number")]
    [InlineData("[1e]", 1, 2, "'1e' is not a JSON number")]
    [InlineData("[0x1F]", 1, 2, "'0x' is not a JSON number")]
    [InlineData("[-]", 1, 2, "Expected a value, found '-'.")]
    [InlineData("[NaN]", 1, 2, "NaN and Infinity are not JSON numbers")]
    [InlineData("[-Infinity]", 1, 2, "NaN and Infinity are not JSON numbers")]
    [InlineData("[tru]", 1, 2, "Expected a value, found 't'.")]
    [InlineData("[nullx]", 1, 2, "Expected a value, found 'n'.")]
    [InlineData("[\"a\\qb\"]", 1, 4, "'\\q' is not a JSON escape")]
    [InlineData("[\"\\u12G4\"]", 1, 3, "\\u must be followed by four hexadecimal digits.")]
    [InlineData("[\"\\u12\"]", 1, 3, "\\u must be followed by four hexadecimal digits.")]
    [InlineData("[\"\\uD800x\"]", 1, 3, "\\uD800 is half of a surrogate pair")]
    [InlineData("[\"\\uDC00\"]", 1, 3, "\\uDC00 is half of a surrogate pair")]
    [InlineData("[1] /* open", 1, 5, "This comment is not closed")]
    [InlineData("[1] / 2", 1, 5, "Expected a value, found '/'.")]
    [InlineData("[1,\u0000]", 1, 4, "Expected a value, found U+0000.")]
    [InlineData("[\uFEFF1]", 1, 2, "Expected a value, found U+FEFF.")]
    public void Malformed_input_is_one_positioned_error_not_an_exception(string text, int line, int column, string message)
    {
        var result = Read(text);

        Assert.Null(result.Root);
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.JsonSyntax.Code, line, column), (error.Code, error.Position.Line, error.Position.Column));
        Assert.StartsWith("Not valid JSON: " + message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_deeper_than_the_platform_reads_is_an_error_not_a_stack_overflow()
    {
        var tooDeep = Read(new string('[', 100_000));
        var deepest = Read(new string('[', 64) + new string(']', 64));

        var error = Assert.Single(tooDeep.Diagnostics);
        Assert.Equal((DiagnosticCodes.JsonSyntax.Code, 1, 65), (error.Code, error.Position.Line, error.Position.Column));
        Assert.True(deepest.Succeeded);
    }

    [Fact]
    public void Json_null_is_a_readable_file_whose_root_is_null()
    {
        var result = Read(" null ");

        Assert.True(result.Succeeded);
        Assert.Null(result.Root);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(new SourcePosition("x.json", 1, 2), result.Positions.Find(JsonPointer.Root));
    }

    [Fact]
    public void Utf16_and_utf32_are_an_encoding_error()
    {
        byte[][] files = [[0xFF, 0xFE, (byte)'{', 0, (byte)'}', 0], [0xFE, 0xFF, 0, (byte)'{', 0, (byte)'}'], [(byte)'{', 0, (byte)'}', 0], [0, 0, 0, (byte)'[']];

        Assert.All(files.Select(bytes => JsonFileReader.Read(bytes, "wide.json")), result =>
        {
            var error = Assert.Single(result.Diagnostics);
            Assert.Equal((DiagnosticCodes.InvalidEncoding.Code, 1, 1), (error.Code, error.Position.Line, error.Position.Column));
            Assert.Null(result.Root);
        });
    }

    [Fact]
    public void Positions_on_one_long_line_are_counted_in_characters()
    {
        var items = string.Join(",", Enumerable.Range(0, 2000).Select(i => $"\"k{i}\":\"é{i}\""));
        var result = Read("{" + items + "}");

        var expectedColumn = 2 + Enumerable.Range(0, 1999).Sum(i => $"\"k{i}\":\"é{i}\",".Length);
        Assert.Equal(new SourcePosition("x.json", 1, expectedColumn), result.Positions.Find("/k1999"));
    }

    [Fact]
    public void Columns_count_a_character_outside_the_basic_plane_once()
    {
        var result = Read("{\"😀\": 1, \"b\": 2}");

        Assert.Equal(new SourcePosition("x.json", 1, 10), result.Positions.Find("/b"));
    }
}
