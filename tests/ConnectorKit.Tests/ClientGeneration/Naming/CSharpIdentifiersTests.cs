using ConnectorKit.ClientGeneration.Naming;

namespace ConnectorKit.Tests.ClientGeneration.Naming;

public sealed class CSharpIdentifiersTests
{
    [Theory]
    [InlineData("getItems", "GetItems")]
    [InlineData("get-items", "GetItems")]
    [InlineData("first_name", "FirstName")]
    [InlineData("@odata.nextLink", "OdataNextLink")]
    [InlineData("$top", "Top")]
    [InlineData("URL_PATH", "UrlPath")]
    [InlineData("ID", "ID")]
    [InlineData("123start", "_123start")]
    [InlineData("Ωmega straße", "ΩmegaStraße")]
    [InlineData("a\u200Db", "AB")]
    [InlineData("!!!", "Fallback")]
    [InlineData("___", "Fallback")]
    [InlineData("", "Fallback")]
    public void Pascal_case_keeps_words_and_drops_what_identifiers_cannot_hold(string input, string expected) =>
        Assert.Equal(expected, CSharpIdentifiers.ToPascalCase(input, "Fallback"));

    [Theory]
    [InlineData("class", "@class")]
    [InlineData("await", "@await")]
    [InlineData("$select", "select")]
    [InlineData("for", "@for")]
    [InlineData("ID", "id")]
    [InlineData("URLPath", "urlPath")]
    [InlineData("dataSourceId", "dataSourceId")]
    [InlineData("9lives", "_9lives")]
    public void Camel_case_escapes_keywords(string input, string expected) =>
        Assert.Equal(expected, CSharpIdentifiers.ToCamelCase(input, "value"));

    [Fact]
    public void Very_long_names_are_cut_and_stay_distinct()
    {
        var first = CSharpIdentifiers.ToPascalCase(new string('a', 600) + "1", "X");
        var second = CSharpIdentifiers.ToPascalCase(new string('a', 600) + "2", "X");

        Assert.True(first.Length < 120);
        Assert.NotEqual(first, second);
        Assert.Equal(first, CSharpIdentifiers.ToPascalCase(new string('a', 600) + "1", "X"));
    }

    [Fact]
    public void Characters_outside_the_basic_plane_are_dropped()
    {
        Assert.Equal("AB", CSharpIdentifiers.ToPascalCase("a\U0001F600b", "X"));
    }
}
