namespace ConnectorKit.Cli.Terminal;

/// <summary>
/// What the process runs in: whether each standard stream is an interactive terminal, its environment variables and
/// its standard input. The command line decides colour, progress and prompts from this alone, and tests inject it to
/// run the same code as a terminal or redirected.
/// </summary>
public sealed record CliHost
{
    /// <summary>Everything redirected, no environment variable: what a test or a CI log sees.</summary>
    public static CliHost Redirected { get; } = new();

    public bool OutputIsTerminal { get; init; }

    public bool ErrorIsTerminal { get; init; }

    public bool InputIsTerminal { get; init; }

    /// <summary>The environment variables, by name; null when a variable is not set.</summary>
    public Func<string, string?> Variable { get; init; } = _ => null;

    /// <summary>
    /// Asks for a secret without echoing it; null to ask on the terminal through Spectre.Console. Tests answer here.
    /// </summary>
    public Func<string, string>? SecretPrompt { get; init; }

    /// <summary>
    /// Colour only on a terminal that can show it: never when NO_COLOR is set to anything (https://no-color.org) or the
    /// terminal says it is dumb.
    /// </summary>
    public bool ColourAllowed => string.IsNullOrEmpty(Variable("NO_COLOR")) && !string.Equals(Variable("TERM"), "dumb", StringComparison.Ordinal);

    /// <summary>The host of this process, from the console and the environment.</summary>
    public static CliHost FromProcess() => new()
    {
        OutputIsTerminal = !Console.IsOutputRedirected,
        ErrorIsTerminal = !Console.IsErrorRedirected,
        InputIsTerminal = !Console.IsInputRedirected,
        Variable = Environment.GetEnvironmentVariable,
    };
}
