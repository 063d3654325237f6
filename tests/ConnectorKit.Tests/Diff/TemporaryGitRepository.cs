using ConnectorKit.Diff;

using ConnectorKit.Tests.TestSupport;

namespace ConnectorKit.Tests.Diff;

/// <summary>A git repository the test makes itself (a CI clone may be shallow), with a fixed committer.</summary>
internal sealed class TemporaryGitRepository : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public TemporaryGitRepository()
    {
        Git("init", "--quiet");
    }

    public string Path => _folder.Path;

    public string Write(string relativePath, string text) => _folder.Write(relativePath, text);

    public void Delete(string relativePath) => File.Delete(System.IO.Path.Combine(Path, relativePath));

    public void CommitAll(string message)
    {
        Git("add", "--all");
        Git("-c", "user.name=ConnectorKit Tests", "-c", "user.email=tests@example.com", "-c", "commit.gpgsign=false", "commit", "--quiet", "-m", message);
    }

    public void Dispose() => _folder.Dispose();

    private void Git(params string[] arguments)
    {
        var result = GitCommand.Run(Path, arguments);
        Assert.True(result is { Succeeded: true }, $"git {string.Join(' ', arguments)} failed: {result?.Error}");
    }
}
