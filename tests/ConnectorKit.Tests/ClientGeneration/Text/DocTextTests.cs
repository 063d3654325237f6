using ConnectorKit.ClientGeneration.Text;

namespace ConnectorKit.Tests.ClientGeneration.Text;

public sealed class DocTextTests
{
    [Fact]
    public void Every_kind_of_line_break_starts_a_new_comment_line()
    {
        var lines = DocText.Lines("one\r\ntwo\rthree\u2028four\u2029five\u0085six");

        Assert.Equal([" one", " two", " three", " four", " five", " six"], lines);
    }

    [Fact]
    public void Xml_specials_are_escaped_so_no_tag_can_be_closed()
    {
        Assert.Equal([" &lt;/summary&gt; &amp; */ \"\"\" back\\slash"], DocText.Lines("</summary> & */ \"\"\" back\\slash"));
    }

    [Fact]
    public void Control_format_and_lone_surrogate_characters_are_dropped()
    {
        Assert.Equal("abcd\U0001F600", DocText.Line("a\u0001b\u202Ec\uD800d\U0001F600"));
    }

    [Fact]
    public void Blank_runs_collapse_and_empty_text_gives_no_lines()
    {
        Assert.Equal([" a", "", " b"], DocText.Lines("\n\na\n\n\n  b  \n\n"));
        Assert.Empty(DocText.Lines("  \n\t "));
        Assert.Empty(DocText.Lines(null));
    }
}
