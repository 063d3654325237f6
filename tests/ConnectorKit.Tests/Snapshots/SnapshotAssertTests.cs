using System.Text;

namespace ConnectorKit.Tests.Snapshots;

public sealed class SnapshotAssertTests : IDisposable
{
    private readonly SnapshotFiles _snapshot = new(Directory.CreateTempSubdirectory("ck-snapshot-").FullName, "Sample", "txt");

    public void Dispose() => Directory.Delete(_snapshot.Folder, recursive: true);

    [Fact]
    public void Matching_text_passes_and_removes_a_stale_received_file()
    {
        File.WriteAllText(_snapshot.VerifiedPath, "a\nb\n");
        File.WriteAllText(_snapshot.ReceivedPath, "old");

        Assert.Null(SnapshotAssert.Compare("a\r\nb\r\n", _snapshot, accept: false));
        Assert.False(File.Exists(_snapshot.ReceivedPath));
    }

    [Fact]
    public void A_mismatch_writes_the_received_file_and_shows_a_unified_diff()
    {
        File.WriteAllText(_snapshot.VerifiedPath, "one\ntwo\nthree\n");

        var failure = SnapshotAssert.Compare("one\n2\nthree\n", _snapshot, accept: false);

        Assert.NotNull(failure);
        Assert.Contains("--- verified\n+++ received\n@@ -1,4 +1,4 @@\n one\n-two\n+2\n three\n", failure, StringComparison.Ordinal);
        Assert.Equal("one\n2\nthree\n", File.ReadAllText(_snapshot.ReceivedPath));
        Assert.Equal("one\ntwo\nthree\n", File.ReadAllText(_snapshot.VerifiedPath));
    }

    [Fact]
    public void A_missing_verified_file_fails_without_creating_it()
    {
        var failure = SnapshotAssert.Compare("new\n", _snapshot, accept: false);

        Assert.Contains("has no verified file", failure, StringComparison.Ordinal);
        Assert.False(File.Exists(_snapshot.VerifiedPath));
        Assert.True(File.Exists(_snapshot.ReceivedPath));
    }

    [Fact]
    public void Accepting_overwrites_the_verified_file_as_UTF8_without_BOM_and_LF()
    {
        File.WriteAllText(_snapshot.VerifiedPath, "old\n");

        Assert.Null(SnapshotAssert.Compare("café\r\n", _snapshot, accept: true));
        Assert.Equal("café\n"u8.ToArray(), File.ReadAllBytes(_snapshot.VerifiedPath));
        Assert.False(File.Exists(_snapshot.ReceivedPath));
    }

    [Fact]
    public void Distant_changes_form_separate_hunks()
    {
        var expected = string.Join('\n', Enumerable.Range(1, 20)) + "\n";
        var actual = expected.Replace("\n2\n", "\nB\n", StringComparison.Ordinal).Replace("\n19\n", "\nS\n", StringComparison.Ordinal);

        var diff = SnapshotDiff.Unified(expected, actual);

        Assert.Equal(2, diff.Split('\n').Count(line => line.StartsWith("@@", StringComparison.Ordinal)));
        Assert.Contains("-19\n+S\n", diff, StringComparison.Ordinal);
    }
}
