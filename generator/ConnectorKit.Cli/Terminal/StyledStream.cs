using Spectre.Console;

namespace ConnectorKit.Cli.Terminal;

/// <summary>
/// One standard stream. Redirected (a file, a pipe, a CI log), it gets plain text only: no colour, no escape code,
/// no progress. On an interactive terminal, text goes through Spectre.Console, in colour unless NO_COLOR is set, and
/// <see cref="Live"/> is there for progress and prompts.
/// </summary>
internal sealed class StyledStream
{
    // Lines of findings carry paths and messages a user copies: they are not wrapped at the terminal's width.
    private const int UnwrappedWidth = 4096;

    private readonly TextWriter _writer;
    private readonly IAnsiConsole? _lines;

    public StyledStream(TextWriter writer, bool isTerminal, bool colour)
    {
        _writer = writer;
        if (!isTerminal)
        {
            return;
        }

        _lines = Create(writer, colour);
        _lines.Profile.Width = UnwrappedWidth;
        Live = Create(writer, colour);
    }

    /// <summary>The terminal console for progress, spinners and prompts; null when the stream is redirected.</summary>
    public IAnsiConsole? Live { get; }

    public void WriteLine(string text) => _writer.WriteLine(text);

    /// <summary>A line of parts, each in its own style on a terminal (a null style is plain), plain text elsewhere.</summary>
    public void WriteLine(params (string Text, Style? Style)[] parts)
    {
        if (_lines is null)
        {
            _writer.WriteLine(string.Concat(parts.Select(p => p.Text)));
            return;
        }

        foreach (var (text, style) in parts)
        {
            _lines.Write(new Text(text, style ?? Style.Plain));
        }

        _lines.WriteLine();
    }

    private static IAnsiConsole Create(TextWriter writer, bool colour) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.Yes,
        ColorSystem = colour ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.Yes,
        Out = new AnsiConsoleOutput(writer),
    });
}
