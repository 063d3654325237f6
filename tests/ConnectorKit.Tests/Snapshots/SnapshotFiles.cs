namespace ConnectorKit.Tests.Snapshots;

/// <summary>The verified and received files of one snapshot: <c>name.verified.ext</c> and <c>name.received.ext</c> in a folder.</summary>
public sealed record SnapshotFiles(string Folder, string Name, string Extension)
{
    public string VerifiedPath => Path.Combine(Folder, $"{Name}.verified.{Extension}");

    public string ReceivedPath => Path.Combine(Folder, $"{Name}.received.{Extension}");
}
