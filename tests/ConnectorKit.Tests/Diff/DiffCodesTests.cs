using ConnectorKit.Diagnostics;
using ConnectorKit.Diff;

namespace ConnectorKit.Tests.Diff;

public class DiffCodesTests
{
    [Fact]
    public void Codes_are_unique_and_none_is_a_toolkit_diagnostic_code()
    {
        var codes = DiffCodes.All.Select(d => d.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Empty(codes.Intersect(DiagnosticCodes.All.Select(d => d.Code), StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void Every_code_is_documented_with_its_severity()
    {
        var documentation = File.ReadAllText(Path.Combine(TestSupport.RepositoryPaths.Root, "docs", "diff.md"));

        Assert.All(DiffCodes.All, d =>
            Assert.Contains($"| `{d.Code}` | {d.DefaultSeverity.ToString().ToLowerInvariant()} |", documentation, StringComparison.Ordinal));
    }
}
