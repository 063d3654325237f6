namespace ConnectorKit.Validation.CustomCode;

/// <summary>One finding of a script rule, without the script's path (the same script is reported wherever it is).</summary>
public sealed record ScriptFinding(int Line, int Column, string Message);

/// <summary>The findings of the script rules run on one script content, by rule code; the key names that content.</summary>
public sealed record ScriptCheckEntry(string Key, IReadOnlyDictionary<string, IReadOnlyList<ScriptFinding>> FindingsByRule);
