using System.Text;
using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;

namespace ConnectorKit.Tests.Json;

/// <summary>
/// Each deviation from strict JSON that published connectors carry is read the way the platform reads it: a positioned
/// warning with its own code, and the tree the platform would build.
/// </summary>
public class JsonFileReaderDeviationTests
{
    private static JsonReadResult Read(string text) => JsonFileReader.Read(Encoding.UTF8.GetBytes(text), "x.json");

    private static (string Code, int Line, int Column)[] Findings(JsonReadResult result) =>
        [.. result.Diagnostics.Select(d => (d.Code, d.Position.Line, d.Position.Column))];

    private static void AssertTree(string expectedJson, JsonReadResult result)
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(CanonicalJsonWriter.ToText(JsonNode.Parse(expectedJson)), CanonicalJsonWriter.ToText(result.Root));
    }

    [Fact]
    public void A_trailing_comma_is_a_warning_at_the_comma()
    {
        var result = Read("{\n  \"a\": [1, 2,],\n  \"b\": 1,\n}");

        AssertTree("""{"a": [1, 2], "b": 1}""", result);
        Assert.Equal([("CK1012", 2, 13), ("CK1012", 3, 9)], Findings(result));
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Equal((2, 13, 2), (result.StrictViolations!.Position.Line, result.StrictViolations.Position.Column, result.StrictViolations.Count));
    }

    [Fact]
    public void A_duplicate_key_keeps_the_last_value_in_the_first_key_s_place()
    {
        var result = Read("{\n  \"a\": {\"x\": 1},\n  \"b\": 2,\n  \"a\": [3]\n}");

        AssertTree("""{"a": [3], "b": 2}""", result);
        Assert.Equal([("CK1013", 4, 3)], Findings(result));
        Assert.Contains("first at line 2, column 3", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(new SourcePosition("x.json", 4, 3), result.Positions.Find("/a"));
        Assert.Equal(new SourcePosition("x.json", 4, 9), result.Positions.Find("/a/0"));
        Assert.False(result.Positions.TryGet("/a/x", out _));
    }

    [Fact]
    public void Duplicate_keys_alone_are_strict_json_to_python()
    {
        Assert.Null(Read("{\"a\": 1, \"a\": 2}").StrictViolations);
    }

    [Fact]
    public void Raw_control_characters_in_a_string_are_kept_with_one_warning_per_string()
    {
        var result = Read("{\"a\": \"x\ty\u0001z\", \"b\": \"line\nbreak\", \"c\": 1}");

        AssertTree("{\"a\": \"x\\ty\\u0001z\", \"b\": \"line\\nbreak\", \"c\": 1}", result);
        Assert.Equal([("CK1014", 1, 9), ("CK1014", 1, 26)], Findings(result));
        Assert.Contains("2 raw control character(s), the first U+0009", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(new SourcePosition("x.json", 2, 9), result.Positions.Find("/c"));
    }

    [Fact]
    public void Comments_are_skipped_with_a_warning_each()
    {
        var result = Read("// head\n{\n  /* block\n  */ \"a\": 1 // tail\n}");

        AssertTree("""{"a": 1}""", result);
        Assert.Equal([("CK1015", 1, 1), ("CK1015", 3, 3), ("CK1015", 4, 13)], Findings(result));
        Assert.Equal(new SourcePosition("x.json", 4, 6), result.Positions.Find("/a"));
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_read_as_windows_1252_with_one_warning()
    {
        byte[] bytes = [.. "{\n  \"a\": \"Br"u8, 0xF8, .. "nn"u8, 0xF8, .. "y\", \"b\": \""u8, 0x80, 0x81, .. "\", \"c\": \"é\"\n}"u8];

        var result = JsonFileReader.Read(bytes, "x.json");

        AssertTree("{\"a\": \"Brønnøy\", \"b\": \"€\\u0081\", \"c\": \"é\"}", result);
        Assert.Equal([("CK1011", 2, 11)], Findings(result));
        Assert.StartsWith("4 byte(s) of the file", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(new SourcePosition("x.json", 2, 30), result.Positions.Find("/c"));
    }

    [Fact]
    public void Whitespace_json_does_not_allow_is_skipped_with_a_warning_per_run()
    {
        var result = Read("{\u2003\u2003\"a\":\u00A01,\v\"b\": 2\u3000}");

        AssertTree("""{"a": 1, "b": 2}""", result);
        Assert.Equal([("CK1016", 1, 2), ("CK1016", 1, 8), ("CK1016", 1, 11), ("CK1016", 1, 18)], Findings(result));
        Assert.Contains("U+2003", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(new SourcePosition("x.json", 1, 12), result.Positions.Find("/b"));
    }

    [Fact]
    public void A_missing_comma_between_members_or_items_is_read_as_if_it_were_there()
    {
        var result = Read("{\n  \"a\": 1\n  \"b\": [1 2 \"x\"]\n}");

        AssertTree("""{"a": 1, "b": [1, 2, "x"]}""", result);
        Assert.Equal([("CK1017", 3, 3), ("CK1017", 3, 11), ("CK1017", 3, 13)], Findings(result));
        Assert.Equal(new SourcePosition("x.json", 3, 13), result.Positions.Find("/b/2"));
    }

    [Fact]
    public void A_closer_of_an_enclosing_container_ends_the_unclosed_one_inside_it()
    {
        var inArray = Read("{\"info\": {\"k\": [\"a\", \"b\"}, \"n\": 1}");
        var inObject = Read("{\"list\": [{\"a\": 1]}");

        AssertTree("""{"info": {"k": ["a", "b"]}, "n": 1}""", inArray);
        Assert.Equal([("CK1018", 1, 25)], Findings(inArray));
        Assert.Contains("The array opened at line 1, column 16 is not closed before this '}'", inArray.Diagnostics[0].Message, StringComparison.Ordinal);
        AssertTree("""{"list": [{"a": 1}]}""", inObject);
        Assert.Equal([("CK1018", 1, 18)], Findings(inObject));
        Assert.Contains("The object opened at line 1, column 11 is not closed before this ']'", inObject.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closer_of_the_wrong_kind_is_read_as_a_typo_when_that_is_the_reading_that_leads_somewhere()
    {
        var result = Read("{\"k\": [\"a\", \"b\"}, \"n\": [{\"a\": 1], 2]}");

        AssertTree("""{"k": ["a", "b"], "n": [{"a": 1}, 2]}""", result);
        Assert.Equal([("CK1018", 1, 16), ("CK1018", 1, 32)], Findings(result));
        Assert.Contains("This '}' closes the array opened at line 1, column 7; it is read as ']'", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closer_that_closes_nothing_is_skipped()
    {
        var atTheEnd = Read("{\"a\": 1}}\n]");
        var inside = Read("[1, }]");

        AssertTree("""{"a": 1}""", atTheEnd);
        Assert.Equal([("CK1018", 1, 9), ("CK1018", 2, 1)], Findings(atTheEnd));
        AssertTree("[1]", inside);
        Assert.Equal([("CK1018", 1, 5), ("CK1012", 1, 3)], Findings(inside));
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_with_a_warning_and_columns_start_after_it()
    {
        var result = JsonFileReader.Read([0xEF, 0xBB, 0xBF, .. "{\"a\": 1}"u8], "bom.json");

        AssertTree("""{"a": 1}""", result);
        Assert.Equal([("CK1009", 1, 1)], Findings(result));
        Assert.Equal(new SourcePosition("bom.json", 1, 2), result.Positions.Find("/a"));
        Assert.NotNull(result.StrictViolations);
    }

    [Fact]
    public void Many_deviations_of_one_kind_are_listed_up_to_a_limit_and_then_counted()
    {
        var result = Read("[" + string.Concat(Enumerable.Repeat("[1,],", 30)) + "0]");

        var trailing = result.Diagnostics.Where(d => d.Code == "CK1012").ToList();
        Assert.Equal(21, trailing.Count);
        Assert.StartsWith("10 more findings of this kind", trailing[^1].Message, StringComparison.Ordinal);
        Assert.Equal((1, 2 + (20 * 5) + 2), (trailing[^1].Position.Line, trailing[^1].Position.Column));
        Assert.Equal(30, result.StrictViolations!.Count);
    }

    [Fact]
    public void The_first_strict_violation_is_the_first_in_the_text_though_a_trailing_comma_is_found_later()
    {
        var result = Read("[1,\n// c\n]");

        Assert.Equal([("CK1015", 2, 1), ("CK1012", 1, 3)], Findings(result));
        Assert.Equal(("CK1012", 1, 3, 2), (result.StrictViolations!.First.Code, result.StrictViolations.Position.Line, result.StrictViolations.Position.Column, result.StrictViolations.Count));
    }

    [Fact]
    public void The_first_strict_violation_is_the_first_deviation_python_rejects()
    {
        var result = Read("{\"a\": 1, \"a\": 2 /* c */}");

        Assert.Equal(("CK1015", 1, 17), (result.StrictViolations!.First.Code, result.StrictViolations.Position.Line, result.StrictViolations.Position.Column));
        Assert.Equal(1, result.StrictViolations.Count);
    }
}
