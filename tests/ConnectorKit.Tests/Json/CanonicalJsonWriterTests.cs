using System.Globalization;
using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Tests.Json;

public class CanonicalJsonWriterTests
{
    [Fact]
    public void Writes_two_space_indent_lf_and_a_trailing_newline_without_bom()
    {
        var bytes = CanonicalJsonWriter.ToBytes(new JsonObject { ["a"] = new JsonArray(1, "x"), ["b"] = new JsonObject() });

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal("{\n  \"a\": [\n    1,\n    \"x\"\n  ],\n  \"b\": {}\n}\n", System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Escapes_only_what_json_requires()
    {
        var text = CanonicalJsonWriter.ToText(new JsonObject { ["s"] = "<a href='x'>é & \"q\"\n</a>" });

        Assert.Equal("{\n  \"s\": \"<a href='x'>é & \\\"q\\\"\\n</a>\"\n}\n", text);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void Output_does_not_depend_on_the_culture(string culture)
    {
        var node = new JsonObject { ["n"] = 1.5, ["i"] = "Iı", ["d"] = 1234567.25m };
        var invariant = CanonicalJsonWriter.ToText(node.DeepClone());

        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(invariant, CanonicalJsonWriter.ToText(node.DeepClone()));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
