using ConnectorKit.Diagnostics;

namespace ConnectorKit.Model;

/// <summary>
/// The typed C# client <c>generate</c> writes beside the artifacts: its namespace, the folder (relative to the
/// output folder, normalised: forward slashes, never empty, absolute or climbing out) its <c>*.g.cs</c> files go to,
/// and optionally the client class name.
/// </summary>
public sealed record ClientModel(string Namespace, ModelPath Output, string? Name, SourcePosition Position);
