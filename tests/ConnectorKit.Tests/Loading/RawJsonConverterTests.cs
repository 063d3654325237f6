using ConnectorKit.Diagnostics;
using ConnectorKit.Loading;

namespace ConnectorKit.Tests.Loading;

public sealed class RawJsonConverterTests
{
    private static SourceNode Parse(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlTreeParser.Parse(yaml, "f.yaml", diagnostics);
        Assert.Empty(diagnostics.Items);
        return root!;
    }

    [Fact]
    public void PlainScalarsAreTypedAndQuotedOnesAreStrings()
    {
        var raw = RawJsonConverter.ToRawJson(Parse("""
            a: true
            b: FALSE
            c: null
            d: ~
            e:
            f: 12
            g: 1.0
            h: -2.5e3
            i: "12"
            j: 'true'
            k: 007
            l: .5
            m: yes
            n: !!str 12
            o: |
              two
              lines
            """));

        Assert.Equal(
            """{"a":true,"b":false,"c":null,"d":null,"e":null,"f":12,"g":1.0,"h":-2.5e3,"i":"12","j":"true","k":"007","l":".5","m":"yes","n":"12","o":"two\nlines"}""",
            raw.Value?.ToJsonString());
    }

    [Fact]
    public void PositionsAreKeyedByPointerRelativeToTheSubtree()
    {
        var root = (MappingNode)Parse("""
            schema:
              type: object
              properties:
                a/b: { enum: [x, y] }
            """);

        var raw = RawJsonConverter.ToRawJson(root.Entries[0].Value);

        Assert.Equal(new SourcePosition("f.yaml", 2, 3), raw.Position);
        Assert.Equal(new SourcePosition("f.yaml", 4, 5), raw.Positions["/properties/a~1b"]);
        Assert.Equal(new SourcePosition("f.yaml", 4, 22), raw.Positions["/properties/a~1b/enum/1"]);
        Assert.Equal(new SourcePosition("f.yaml", 4, 12), raw.PositionOf("/properties/a~1b/enum/7"));
    }
}
