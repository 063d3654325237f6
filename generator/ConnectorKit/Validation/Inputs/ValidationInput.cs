using ConnectorKit.Diagnostics;

namespace ConnectorKit.Validation.Inputs;

/// <summary>
/// A connector ready to validate: what the rules see (null when it could not be read), what reading it found, the one
/// file findings are kept for when the user named a single file, and the file a finding without one is reported at.
/// </summary>
public sealed record ValidationInput(
    ValidationContext? Context,
    IReadOnlyList<Diagnostic> Diagnostics,
    string? OnlyFile = null,
    string? DefaultFile = null);
