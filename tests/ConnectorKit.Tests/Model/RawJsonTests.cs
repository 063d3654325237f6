using ConnectorKit.Diagnostics;
using ConnectorKit.Loading;
using ConnectorKit.Model;
using ConnectorKit.Tests.Loading;

namespace ConnectorKit.Tests.Model;

public sealed class RawJsonTests
{
    [Fact]
    public void PositionsBelowAPointerAreThoseOfItsSubtreeOnly()
    {
        var raw = ExtensionsOf("""
            connector: { title: T, description: D, version: "1.0", host: h.example.com }
            extensions:
              x-a:
                b: [1, { c: 2 }]
              x-ab: 3
            """);

        var below = raw.PositionsBelow("/x-a").OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value.Line, p.Value.Column));

        Assert.Equal([("/x-a", 3, 3), ("/x-a/b", 4, 5), ("/x-a/b/0", 4, 9), ("/x-a/b/1", 4, 12), ("/x-a/b/1/c", 4, 14)], below);
    }

    [Fact]
    public void PositionsBelowAPointerThatNamesNothingAreNone() =>
        Assert.Empty(ExtensionsOf("connector: { title: T, description: D, version: '1.0', host: h.example.com }\nextensions: { x-a: 1 }\n").PositionsBelow("/x-b"));

    private static RawJson ExtensionsOf(string yaml)
    {
        var result = TempModelFolder.LoadSingle(yaml);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        return result.Model!.Extensions!;
    }
}
