using System.Globalization;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.Model;

namespace ConnectorKit.Tests.Snapshots;

/// <summary>A unified-style line diff (hunks with context) that reads well in a failed test's message.</summary>
public static class SnapshotDiff
{
    private const int ContextLines = 3;

    public static string Unified(string expected, string actual)
    {
        var expectedLines = Lines(expected);
        var actualLines = Lines(actual);
        var diff = Differ.Instance.CreateDiffs(expected, actual, ignoreWhiteSpace: false, ignoreCase: false, LineChunker.Instance);
        var text = new StringBuilder().Append("--- verified\n+++ received\n");
        foreach (var hunk in Hunks(diff.DiffBlocks))
        {
            AppendHunk(text, hunk, expectedLines, actualLines);
        }

        return text.ToString().TrimEnd('\n');
    }

    /// <summary>Neighbouring change blocks whose context would overlap form one hunk.</summary>
    private static IEnumerable<List<DiffBlock>> Hunks(IEnumerable<DiffBlock> blocks)
    {
        var hunk = new List<DiffBlock>();
        foreach (var block in blocks)
        {
            if (hunk.Count > 0 && block.DeleteStartA - End(hunk[^1]) > 2 * ContextLines)
            {
                yield return hunk;
                hunk = [];
            }

            hunk.Add(block);
        }

        if (hunk.Count > 0)
        {
            yield return hunk;
        }
    }

    private static void AppendHunk(StringBuilder text, List<DiffBlock> hunk, string[] expected, string[] actual)
    {
        var startA = Math.Max(0, hunk[0].DeleteStartA - ContextLines);
        var startB = Math.Max(0, hunk[0].InsertStartB - ContextLines);
        var endA = Math.Min(expected.Length, End(hunk[^1]) + ContextLines);
        var endB = Math.Min(actual.Length, hunk[^1].InsertStartB + hunk[^1].InsertCountB + (endA - End(hunk[^1])));
        text.Append(CultureInfo.InvariantCulture, $"@@ -{startA + 1},{endA - startA} +{startB + 1},{endB - startB} @@\n");

        var lineA = startA;
        foreach (var block in hunk)
        {
            for (; lineA < block.DeleteStartA; lineA++)
            {
                text.Append(' ').Append(expected[lineA]).Append('\n');
            }

            for (var i = 0; i < block.DeleteCountA; i++)
            {
                text.Append('-').Append(expected[block.DeleteStartA + i]).Append('\n');
            }

            for (var i = 0; i < block.InsertCountB; i++)
            {
                text.Append('+').Append(actual[block.InsertStartB + i]).Append('\n');
            }

            lineA = End(block);
        }

        for (; lineA < endA; lineA++)
        {
            text.Append(' ').Append(expected[lineA]).Append('\n');
        }
    }

    private static int End(DiffBlock block) => block.DeleteStartA + block.DeleteCountA;

    private static string[] Lines(string text) => text.Split('\n');
}
