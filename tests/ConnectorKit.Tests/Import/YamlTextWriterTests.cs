using System.Text.Json.Nodes;
using ConnectorKit.Import;
using ConnectorKit.Json;
using ConnectorKit.Loading;

namespace ConnectorKit.Tests.Import;

/// <summary>What the writer emits reads back through the model loader as the same JSON values.</summary>
public sealed class YamlTextWriterTests
{
    [Fact]
    public void Strings_that_look_typed_are_quoted_and_numbers_keep_their_text()
    {
        var document = new JsonObject
        {
            ["strings"] = new JsonArray("true", "null", "12", "1.5e3", "", "~", "yes", "a: b", "#x", "- item", "'q'"),
            ["numbers"] = JsonNode.Parse("[1.0, -0.5, 10, 1E+2]"),
            ["flags"] = new JsonArray(true, false, null),
        };

        var text = YamlTextWriter.Write(document);

        Assert.Contains("- \"true\"", text, StringComparison.Ordinal);
        Assert.Contains("- 1.0\n", text, StringComparison.Ordinal);
        AssertReadsBack(document, text);
    }

    [Fact]
    public void Multi_line_and_awkward_text_comes_back_exactly()
    {
        var document = new JsonObject
        {
            ["literal"] = "first line\nsecond line\n",
            ["noFinalBreak"] = "a\n\nb",
            ["trailingBlank"] = "line \nnext",
            ["leadingSpace"] = "  indented\ntext",
            ["control"] = "tab\there\u0001",
            ["unicode"] = "café ☕ \U0001F600 \u2028",
            ["emptyObject"] = new JsonObject(),
            ["emptyList"] = new JsonArray(),
            ["key with: colon"] = "v",
        };

        var text = YamlTextWriter.Write(document);

        Assert.Contains("literal: |\n", text, StringComparison.Ordinal);
        AssertReadsBack(document, text);
    }

    [Fact]
    public void Header_comments_lead_the_document()
    {
        var text = YamlTextWriter.Write(new JsonObject { ["a"] = 1 }, [" made by a test"]);

        Assert.StartsWith("#  made by a test\n", text, StringComparison.Ordinal);
    }

    private static void AssertReadsBack(JsonObject document, string text)
    {
        var load = ModelLoader.Load("/model", [new ModelSourceFile("connector.yaml", "connector: { title: t, description: d, version: v, host: h }\n"), new ModelSourceFile("x.yaml", "extensions:\n" + Indent(text))]);

        Assert.False(load.HasErrors, string.Join("\n", load.Diagnostics));
        Assert.Null(JsonComparison.FirstDifference(document, load.Model!.Extensions!.Value) is { } pointer ? pointer + "\n" + text : null);
    }

    /// <summary>Nests the document under a key; blank lines stay blank, as they are inside literal blocks.</summary>
    private static string Indent(string text) => string.Concat(text.TrimEnd('\n').Split('\n').Select(l => (l.Length > 0 ? "  " + l : l) + "\n"));
}
