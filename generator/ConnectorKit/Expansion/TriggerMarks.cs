using ConnectorKit.Model;

namespace ConnectorKit.Expansion;

/// <summary>What marks an operation as a trigger: <c>x-ms-trigger</c>, and for polling triggers a hint and metadata.</summary>
internal sealed record TriggerMarks(string Kind, string? Hint = null, RawJson? Metadata = null);
