namespace ConnectorKit.Emitting;

/// <summary>
/// Files a generation owns in a folder (relative to the output folder, forward slashes) by a name pattern such as
/// <c>*.g.cs</c>: one that matches but is no longer generated is stale, so <c>generate</c> deletes it and
/// <c>generate --check</c> reports it.
/// </summary>
public sealed record OwnedFiles(string Folder, string Pattern);
