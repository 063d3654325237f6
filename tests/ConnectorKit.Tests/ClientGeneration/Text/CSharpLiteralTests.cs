using ConnectorKit.ClientGeneration.Text;

namespace ConnectorKit.Tests.ClientGeneration.Text;

public sealed class CSharpLiteralTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("a\"b", "\"a\\\"b\"")]
    [InlineData("back\\slash", "\"back\\\\slash\"")]
    [InlineData("line\nbreak\r\t", "\"line\\nbreak\\r\\t\"")]
    [InlineData("sep\u2028para\u2029next\u0085", "\"sep\\u2028para\\u2029next\\u0085\"")]
    [InlineData("bidi\u202E", "\"bidi\\u202e\"")]
    [InlineData("pair\U0001F600", "\"pair\U0001F600\"")]
    [InlineData("\"\"\"", "\"\\\"\\\"\\\"\"")]
    public void Strings_are_escaped_so_the_literal_cannot_end_early(string text, string expected) =>
        Assert.Equal(expected, CSharpLiteral.String(text));

    [Fact]
    public void A_lone_surrogate_is_escaped_and_a_pair_is_kept()
    {
        Assert.Equal("\"a\\ud800b\\udc00\"", CSharpLiteral.String("a\uD800b\uDC00"));
        Assert.Equal("\"\U0001F600\"", CSharpLiteral.String("\U0001F600"));
    }
}
