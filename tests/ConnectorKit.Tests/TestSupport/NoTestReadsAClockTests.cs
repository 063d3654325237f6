using System.Text.RegularExpressions;

namespace ConnectorKit.Tests.TestSupport;

/// <summary>
/// No test reads a clock, measures elapsed time or sleeps to synchronise (issue 8, item 1): CI machines are shared and
/// slow, and a test that depends on their speed fails at random. Speed goals belong to a benchmark. A timeout that
/// only ends a case that would otherwise never end (the fuzz tests' hang limit, a wait for a hang guard's
/// cancellation) measures nothing and is allowed, as is a fake clock's GetTimestamp, which reads the fake (`_fake`).
/// </summary>
public sealed partial class NoTestReadsAClockTests
{
    [Fact]
    public void No_test_source_reads_a_clock()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(path) && Path.GetFileName(path) != nameof(NoTestReadsAClockTests) + ".cs")
            .SelectMany(path => File.ReadLines(path).Select((line, index) => (Path: path, Line: index + 1, Text: line)))
            .Where(line => ClockRead().IsMatch(line.Text))
            .Select(line => $"{Path.GetRelativePath(RepositoryPaths.Root, line.Path)}({line.Line}): {line.Text.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "Tests that read a clock:\n" + string.Join("\n", offenders));
    }

    private static bool IsBuildOutput(string path) =>
        path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(segment => segment is "bin" or "obj");

    [GeneratedRegex(@"\bStopwatch\b|\bDateTime(Offset)?\.(Utc)?Now\b|Environment\.TickCount|Thread\.Sleep\(|Task\.Delay\((?!Timeout\.Infinite)|TimeProvider\.System\.(Get|Create)|(?<!override long |_fake\.)\bGetTimestamp\(", RegexOptions.CultureInvariant)]
    private static partial Regex ClockRead();
}
