using System.CommandLine;
using System.CommandLine.Help;
using System.Text.RegularExpressions;

namespace ConnectorKit.Cli;

/// <summary>
/// Prints System.CommandLine's help under the tool's name. The parser names the program after the file that started
/// it (ConnectorKit.Cli under <c>dotnet run</c>, the test host in tests); a user only ever types <c>connectorkit</c>.
/// </summary>
internal static class HelpText
{
    public const string ProgramName = "connectorkit";

    public static bool IsHelp(ParseResult parseResult) => parseResult.Action is HelpAction;

    /// <summary>Invokes the help action of <paramref name="parseResult"/> and writes its text, renamed, to <paramref name="output"/>.</summary>
    public static int Write(ParseResult parseResult, TextWriter output)
    {
        var captured = new StringWriter { NewLine = "\n" };
        var exitCode = parseResult.Invoke(new InvocationConfiguration { Output = captured, Error = captured });
        output.Write(Rename(captured.ToString()));
        return exitCode;
    }

    /// <summary>Replaces the executable's name where a usage line starts with it.</summary>
    public static string Rename(string help)
    {
        var executable = Regex.Escape(RootCommand.ExecutableName);
        return Regex.Replace(help, $"(?m)^(\\s+){executable}(?=\\s|$)", "${1}" + ProgramName);
    }
}
