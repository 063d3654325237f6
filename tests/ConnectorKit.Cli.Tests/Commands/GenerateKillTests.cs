using System.Diagnostics;
using ConnectorKit.Cli.Tests.TestSupport;
using ConnectorKit.Writing;

namespace ConnectorKit.Cli.Tests.Commands;

/// <summary>
/// A real <c>connectorkit generate</c> process, killed (SIGKILL on Unix) in the middle of switching its files in: the
/// folder then holds a mix and the journal, and the next generate completes the new set. The child pauses before a
/// chosen file operation and says so, so the test kills it at a known point without a clock.
/// </summary>
public sealed class GenerateKillTests
{
    private const string ClientSection = "\nclient:\n  namespace: Sample.Client\n  output: client\n";

    [Fact]
    public void A_generate_killed_between_two_file_switches_is_completed_by_the_next_generate()
    {
        using var repo = new TemporaryFolder();
        repo.Write("connector/connector.yaml", SampleModels.Minimal + ClientSection);
        Assert.Equal(ExitCodes.Success, CliRun.In(repo.Path, "generate").ExitCode);
        repo.Write("connector/connector.yaml", SampleModels.Minimal.Replace("Get a thing", "Get one thing", StringComparison.Ordinal)
            .Replace("title: Sample Service", "title: Sample Things", StringComparison.Ordinal) + ClientSection);
        var pauseBefore = SecondSwitchOf(repo.Path);

        var paused = RunUntilPaused(repo.Path, pauseBefore);

        Assert.StartsWith($"paused before file operation {pauseBefore}: replace ", paused, StringComparison.Ordinal);
        Assert.True(FileSetWriter.IsInterrupted(repo.Path));
        Assert.True(File.Exists(Path.Combine(repo.Path, "client", "SampleServiceClient.g.cs")), "killed before the stale files were deleted");
        var next = CliRun.In(repo.Path, "generate");
        Assert.Equal(ExitCodes.Success, next.ExitCode);
        Assert.Contains("info CK3004: Completed a write that was interrupted", next.Error);
        Assert.Equal(ExitCodes.Success, CliRun.In(repo.Path, "generate", "--check").ExitCode);
        Assert.Empty(Directory.GetFiles(repo.Path, "*.staging", SearchOption.AllDirectories));
        Assert.False(File.Exists(Path.Combine(repo.Path, "client", "SampleServiceClient.g.cs")), "the old client's files are stale and deleted");
    }

    /// <summary>The number of the file operation that switches in the second file, from a run on a copy of the folder.</summary>
    private static int SecondSwitchOf(string repo)
    {
        using var copy = new TemporaryFolder();
        foreach (var path in Directory.GetFiles(repo, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy.Path, Path.GetRelativePath(repo, path));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(path, target);
        }

        var recording = new RecordingFileOperations();
        Assert.Equal(ExitCodes.Success, CliApplication.Run(["generate"], TextWriter.Null, TextWriter.Null, copy.Path, recording));
        var commit = recording.Operations.FindLastIndex(o => o.StartsWith("replace ", StringComparison.Ordinal) && o.EndsWith(WriteJournal.FileName, StringComparison.Ordinal));
        Assert.True(commit >= 0 && recording.Operations.Skip(commit + 1).Count(o => o.StartsWith("replace ", StringComparison.Ordinal)) >= 2);

        // Operations are numbered from 1: the one after the commit switches the first file, the next the second.
        return commit + 3;
    }

    /// <summary>Starts the command line in its own process, waits until it pauses, kills it, and returns what it said.</summary>
    private static string RunUntilPaused(string folder, int pauseBefore)
    {
        var start = new ProcessStartInfo(DotnetHost.Path)
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(typeof(CliApplication).Assembly.Location);
        start.ArgumentList.Add("generate");
        start.Environment[PausingFileOperations.Variable] = pauseBefore.ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var process = Process.Start(start)!;
        var said = new List<string>();
        while (process.StandardError.ReadLine() is { } line)
        {
            said.Add(line);
            if (line.StartsWith("paused before file operation", StringComparison.Ordinal))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return line;
            }
        }

        process.WaitForExit();
        Assert.Fail($"The process ended (exit code {process.ExitCode}) without pausing:\n{string.Join("\n", said)}\n{process.StandardOutput.ReadToEnd()}");
        return string.Empty;
    }

    /// <summary>The real file operations, each one listed by what it does and to which path.</summary>
    private sealed class RecordingFileOperations : IFileOperations
    {
        public List<string> Operations { get; } = [];

        public void CreateDirectory(string path) => Record($"create directory {path}", () => PhysicalFileOperations.Instance.CreateDirectory(path));

        public void WriteFile(string path, byte[] content) => Record($"write {path}", () => PhysicalFileOperations.Instance.WriteFile(path, content));

        public void Replace(string source, string target) => Record($"replace {target}", () => PhysicalFileOperations.Instance.Replace(source, target));

        public void Delete(string path) => Record($"delete {path}", () => PhysicalFileOperations.Instance.Delete(path));

        public void DeleteEmptyFolder(string path) => Record($"delete folder {path}", () => PhysicalFileOperations.Instance.DeleteEmptyFolder(path));

        private void Record(string operation, Action action)
        {
            Operations.Add(operation);
            action();
        }
    }
}
