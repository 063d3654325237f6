namespace ConnectorKit.Runtime.Policies;

/// <summary>A policy cannot do its work on this call (its expression gave an unusable URL, say); the call fails with 500 and the reason.</summary>
public sealed class PolicyFailedException(string message) : Exception(message);
