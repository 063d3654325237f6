using ConnectorKit.Diagnostics;
using ConnectorKit.Loading;

namespace ConnectorKit.Tests.Loading;

/// <summary>Assertions on the findings of a load.</summary>
internal static class LoadAssert
{
    /// <summary>The one finding of the load, which must have this code and place.</summary>
    public static Diagnostic Single(ModelLoadResult result, string code, int line, int column)
    {
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((code, line, column), (diagnostic.Code, diagnostic.Position.Line, diagnostic.Position.Column));
        return diagnostic;
    }

    /// <summary>Code, line and column of every finding, in the loader's (sorted) order.</summary>
    public static IReadOnlyList<(string Code, int Line, int Column)> Places(ModelLoadResult result) =>
        [.. result.Diagnostics.Select(d => (d.Code, d.Position.Line, d.Position.Column))];
}
