namespace ConnectorKit.Cli.Terminal;

/// <summary>How much a command says beside its findings and results (<c>--quiet</c>, <c>--verbose</c>).</summary>
public enum Verbosity
{
    /// <summary>Findings (errors and warnings) and the command's own result only.</summary>
    Quiet,

    /// <summary>Also what was written and a summary line.</summary>
    Normal,

    /// <summary>Also each file left unchanged, the folders used and informational findings' detail.</summary>
    Verbose,
}
