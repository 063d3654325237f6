namespace ConnectorKit.Emitting;

/// <summary>
/// Files a generation owns in a folder (relative to the output folder, forward slashes): those whose name matches
/// <see cref="Pattern"/> (such as <c>*.g.cs</c>) and whose first line is <see cref="Header"/>, the mark the generator
/// writes. One that is no longer generated is stale: <c>generate</c> deletes it and <c>generate --check</c> reports it.
/// A file that matches the pattern without the header is someone else's and is never deleted.
/// </summary>
public sealed record OwnedFiles(string Folder, string Pattern, string Header);
