namespace ConnectorKit.Loading;

/// <summary>One YAML file of a model held in memory: its path relative to the model folder (forward slashes) and its text.</summary>
public sealed record ModelSourceFile(string RelativePath, string Text);
