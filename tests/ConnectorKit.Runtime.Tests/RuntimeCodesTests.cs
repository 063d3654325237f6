using System.Reflection;
using ConnectorKit.Diagnostics;
using ConnectorKit.Tests.TestSupport;

namespace ConnectorKit.Runtime.Tests;

/// <summary>docs/runtime.md lists every runtime code with its severity, and nothing the runtime does not have.</summary>
public sealed class RuntimeCodesTests
{
    [Fact]
    public void The_runtime_document_lists_every_code_with_its_severity()
    {
        var codes = typeof(RuntimeCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToDictionary(d => d.Code, d => d.DefaultSeverity.ToString().ToLowerInvariant());
        var documented = File.ReadLines(Path.Combine(RepositoryPaths.Root, "docs", "runtime.md"))
            .Where(line => line.StartsWith("| CK7", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(cells => cells[1], cells => cells[2]);

        Assert.Equal(codes.OrderBy(c => c.Key, StringComparer.Ordinal), documented.OrderBy(c => c.Key, StringComparer.Ordinal));
    }
}
