using ConnectorKit.Diagnostics;
using ConnectorKit.Loading;

namespace ConnectorKit.Tests.Loading;

public sealed class YamlTreeParserTests
{
    private static SourceNode Parse(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlTreeParser.Parse(yaml, "f.yaml", diagnostics);
        Assert.Empty(diagnostics.Items);
        return root!;
    }

    private static (SourceNode? Root, IReadOnlyList<(string Code, int Line, int Column)> Findings) ParseWithFindings(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlTreeParser.Parse(yaml, "f.yaml", diagnostics);
        return (root, [.. diagnostics.Items.Select(d => (d.Code, d.Position.Line, d.Position.Column))]);
    }

    [Fact]
    public void AliasesRepeatTheAnchoredNode()
    {
        var raw = RawJsonConverter.ToRawJson(Parse("a: &shared { type: string }\nb: *shared\n"));

        Assert.Equal("""{"a":{"type":"string"},"b":{"type":"string"}}""", raw.Value?.ToJsonString());
    }

    [Fact]
    public void UnknownAliasIsASyntaxError()
    {
        var (root, findings) = ParseWithFindings("a: *missing\n");

        Assert.Null(root);
        Assert.Equal([("CK1001", 1, 4)], findings);
    }

    /// <summary>Input on which YamlDotNet's scanner gives up with an InvalidOperationException instead of a YamlException.</summary>
    [Theory]
    [InlineData("...\na: 1\n", 1, 1)]
    [InlineData("a:\n  b:\n    c: 1\n    {\n  d: 2\n", 3, 9)]
    public void MalformedInputTheScannerRejectsIsASyntaxErrorNotAnException(string yaml, int line, int column)
    {
        var (root, findings) = ParseWithFindings(yaml);

        Assert.Null(root);
        Assert.Equal([("CK1001", line, column)], findings);
    }

    [Fact]
    public void EmptyFileIsAnEmptyMapping() => Assert.Empty(((MappingNode)Parse(string.Empty)).Entries);

    [Fact]
    public void DuplicateKeysAreReportedAndTheFirstIsKept()
    {
        var (root, findings) = ParseWithFindings("a: 1\nb: { c: 1, c: 2 }\na: 3\n");

        Assert.Equal([("CK1006", 2, 12), ("CK1006", 3, 1)], findings);
        var mapping = Assert.IsType<MappingNode>(root);
        Assert.Equal(["a", "b"], mapping.Entries.Select(e => e.Key.Text));
        Assert.Equal("1", ((ScalarNode)mapping.Entries[0].Value).Text);
    }

    [Fact]
    public void NonScalarKeyIsWrongType()
    {
        var (root, findings) = ParseWithFindings("? [a, b]\n: c\nd: e\n");

        Assert.Equal([("CK1003", 1, 3)], findings);
        Assert.Equal(["d"], Assert.IsType<MappingNode>(root).Entries.Select(e => e.Key.Text));
    }

    [Fact]
    public void SecondDocumentIsASyntaxError()
    {
        var (root, findings) = ParseWithFindings("a: 1\n---\nb: 2\n");

        Assert.Null(root);
        Assert.Equal([("CK1001", 2, 1)], findings);
    }

    [Fact]
    public void QuotedScalarsAreNotPlain()
    {
        var mapping = Assert.IsType<MappingNode>(Parse("a: x\nb: \"x\"\nc: 'x'\n"));

        Assert.Equal([true, false, false], mapping.Entries.Select(e => ((ScalarNode)e.Value).IsPlain));
    }
}
