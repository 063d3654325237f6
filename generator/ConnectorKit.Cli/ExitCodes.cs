namespace ConnectorKit.Cli;

/// <summary>The process exit codes every command shares.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The model, the files or a check had errors; nothing was written.</summary>
    public const int Failed = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;
}
