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

    /// <summary>Found by the fuzz test: nesting this deep overflowed the stack and killed the process.</summary>
    [Theory]
    [InlineData('[', ']')]
    [InlineData('{', '}')]
    public void NestingDeeperThanTheLimitIsASyntaxErrorNotAStackOverflow(char open, char close)
    {
        var inner = open == '{' ? "a: " : string.Empty;
        var yaml = "a: " + string.Concat(Enumerable.Repeat(open + inner, 200_000)) + "1" + new string(close, 200_000) + "\n";

        var (root, findings) = ParseWithFindings(yaml);

        Assert.Null(root);
        var column = 4 + ((YamlTreeParser.MaxDepth - 1) * (1 + inner.Length));
        Assert.Equal([("CK1001", 1, column)], findings);
    }

    [Fact]
    public void NestingAsDeepAsTheLimitIsRead()
    {
        var depth = YamlTreeParser.MaxDepth - 1;
        var raw = RawJsonConverter.ToRawJson(Parse("a: " + new string('[', depth) + new string(']', depth) + "\n"));

        Assert.Equal(new string('[', depth) + new string(']', depth), raw.Value?["a"]?.ToJsonString());
    }

    /// <summary>Found by the fuzz test: ten aliases of ten aliases, nine times over, never finished loading ("billion laughs").</summary>
    [Fact]
    public void AliasesThatRepeatTooManyNodesAreASyntaxErrorAtTheAlias()
    {
        var yaml = "a0: &a0 [lol, lol]\n" + string.Concat(Enumerable.Range(1, 9).Select(level =>
            $"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 10))}]\n"));

        var (root, findings) = ParseWithFindings(yaml);

        Assert.Null(root);
        var (code, line, _) = Assert.Single(findings);
        Assert.Equal(("CK1001", 6), (code, line));
    }

    [Fact]
    public void AliasesThatNestTooDeepAreASyntaxErrorAtTheAlias()
    {
        var half = new string('[', 40);
        var (root, findings) = ParseWithFindings($"a: &a {half}x{new string(']', 40)}\nb: {half}*a{new string(']', 40)}\n");

        Assert.Null(root);
        Assert.Equal([("CK1001", 2, 44)], findings);
    }

    [Fact]
    public void AliasesWithinTheLimitsAreRepeated()
    {
        var yaml = "a0: &a0 [x]\n" + string.Concat(Enumerable.Range(1, 4).Select(level =>
            $"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 10))}]\n"));

        var raw = RawJsonConverter.ToRawJson(Parse(yaml));

        Assert.Equal(10_000, raw.Value!["a4"]!.ToJsonString().Split('x').Length - 1);
    }
}
