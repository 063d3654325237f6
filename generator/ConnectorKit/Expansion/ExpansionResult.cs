using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;

namespace ConnectorKit.Expansion;

/// <summary>
/// The connector definition a model expands to, where each of its nodes came from, and what went wrong on the way
/// (files the model names that cannot be read, raw content that overrides what the model says).
/// </summary>
public sealed record ExpansionResult(ConnectorDefinition Definition, DefinitionOrigins Origins, IReadOnlyList<Diagnostic> Diagnostics);
