using System.Text.RegularExpressions;
using ConnectorKit.Cli.Terminal;
using ConnectorKit.Cli.Tests.TestSupport;

namespace ConnectorKit.Cli.Tests;

/// <summary>What every command shares: its name in usage, help, unknown commands, verbosity, colour and progress.</summary>
public sealed class CliConventionsTests : IDisposable
{
    private const string Escape = "\u001b[";

    // A live display (progress, spinner) hides the cursor while it runs.
    private const string CursorHidden = "\u001b[?25l";

    private static readonly Regex Colour = new("\u001b\\[[0-9;]*m");

    private static readonly CliHost Terminal = new() { OutputIsTerminal = true, ErrorIsTerminal = true, InputIsTerminal = false };

    private readonly TemporaryFolder _folder = new();

    public CliConventionsTests()
    {
        _folder.Write("model/connector.yaml", SampleModels.Minimal);
        _folder.Write("broken-model/connector.yaml", SampleModels.Broken);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("help")]
    public void Usage_names_the_tool_connectorkit(string args)
    {
        var run = CliRun.In(_folder.Path, args);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Usage:\n  connectorkit [command] [options]", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("ConnectorKit.Cli", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_command_it_shows_the_usage_and_exits_2()
    {
        var run = CliRun.In(_folder.Path);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("Usage:\n  connectorkit [command] [options]", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_of_a_command_is_the_same_as_its_help_option()
    {
        var viaCommand = CliRun.In(_folder.Path, "help", "generate");
        var viaOption = CliRun.In(_folder.Path, "generate", "--help");

        Assert.Equal(ExitCodes.Success, viaCommand.ExitCode);
        Assert.Equal(viaOption.Output, viaCommand.Output);
        Assert.Contains("Usage:\n  connectorkit generate [<MODEL_DIR>] [options]", viaCommand.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_prints_a_document_that_ships_with_the_tool()
    {
        var run = CliRun.In(_folder.Path, "help", "validator");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("# connectorkit validate\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("validator", CliRun.In(_folder.Path, "help").Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("genrate", "Did you mean 'generate'?")]
    [InlineData("valdate", "Did you mean 'validate'?")]
    [InlineData("xyzzy", "the commands are ")]
    public void An_unknown_command_is_one_error_with_the_nearest_command(string command, string hint)
    {
        var run = CliRun.In(_folder.Path, command, "model");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        var errors = run.Error.Split('\n').Where(line => line.StartsWith("error:", StringComparison.Ordinal)).ToList();
        var error = Assert.Single(errors);
        Assert.Contains($"'{command}' is not a connectorkit command", error, StringComparison.Ordinal);
        Assert.Contains(hint, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_for_an_unknown_topic_suggests_the_nearest_one()
    {
        var run = CliRun.In(_folder.Path, "help", "validatr");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("Did you mean 'validate'?", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_leaves_unchanged_files_untouched_and_says_so()
    {
        Assert.Equal(ExitCodes.Success, CliRun.In(_folder.Path, "generate", "model", "--out", "out").ExitCode);
        var swagger = Path.Combine(_folder.Path, "out", "apiDefinition.swagger.json");
        var stamp = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(swagger, stamp);

        var again = CliRun.In(_folder.Path, "generate", "model", "--out", "out");

        Assert.Equal(ExitCodes.Success, again.ExitCode);
        Assert.DoesNotContain("wrote", again.Output, StringComparison.Ordinal);
        Assert.Contains("3 file(s) unchanged in out", again.Output, StringComparison.Ordinal);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(swagger));
    }

    [Fact]
    public void Verbose_lists_each_unchanged_file_and_quiet_prints_nothing_but_findings()
    {
        CliRun.In(_folder.Path, "generate", "model", "--out", "out");

        var verbose = CliRun.In(_folder.Path, "generate", "model", "--out", "out", "--verbose");
        var quiet = CliRun.In(_folder.Path, "--quiet", "generate", "model", "--out", "out");
        var quietFailure = CliRun.In(_folder.Path, "generate", "broken-model", "--out", "out", "-q");

        Assert.Contains("unchanged out/apiDefinition.swagger.json\n", verbose.Output, StringComparison.Ordinal);
        Assert.Contains("unchanged out/settings.json\n", verbose.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, quiet.Output);
        Assert.All(quiet.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Contains(": warning ", line, StringComparison.Ordinal));
        Assert.Equal(ExitCodes.Failed, quietFailure.ExitCode);
        Assert.Contains("error CK1002", quietFailure.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Colour_only_on_a_terminal_and_never_with_NO_COLOR()
    {
        var onTerminal = CliRun.With(Terminal, _folder.Path, "generate", "broken-model", "--out", "out");
        var noColour = CliRun.With(Terminal with { Variable = name => name == "NO_COLOR" ? "1" : null }, _folder.Path, "generate", "broken-model", "--out", "out");
        var redirected = CliRun.In(_folder.Path, "generate", "broken-model", "--out", "out");

        Assert.Matches(Colour, onTerminal.Error);
        Assert.DoesNotMatch(Colour, noColour.Error);
        Assert.DoesNotContain(Escape, redirected.Error + redirected.Output, StringComparison.Ordinal);
        Assert.Contains("connector.yaml(6,3): error CK1002:", noColour.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_is_shown_on_an_interactive_terminal_only_and_not_when_quiet()
    {
        CliRun.In(_folder.Path, "generate", "model", "--out", "a");
        CliRun.In(_folder.Path, "generate", "model", "--out", "b");

        var onTerminal = CliRun.With(Terminal, _folder.Path, "validate", "a", "b");
        var quiet = CliRun.With(Terminal, _folder.Path, "validate", "a", "b", "--quiet");
        var redirected = CliRun.In(_folder.Path, "validate", "a", "b");

        Assert.Contains(CursorHidden, onTerminal.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Escape, quiet.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Escape, redirected.Error, StringComparison.Ordinal);
        Assert.EndsWith(" in 2 path(s).\n", redirected.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Shell_completion_answers_the_suggest_directive_dotnet_suggest_sends()
    {
        var commands = CliRun.In(_folder.Path, "[suggest:14]", "connectorkit g");
        var options = CliRun.In(_folder.Path, "[suggest:25]", "connectorkit generate --e");

        Assert.Equal(ExitCodes.Success, commands.ExitCode);
        Assert.Contains("generate\n", commands.Output, StringComparison.Ordinal);
        Assert.Equal("--environment\n", options.Output);
    }

    public void Dispose() => _folder.Dispose();
}
