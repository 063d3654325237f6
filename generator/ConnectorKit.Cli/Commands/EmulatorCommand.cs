using System.CommandLine;
using CustomerInsights.Emulator.Hosting;

namespace ConnectorKit.Cli.Commands;

/// <summary>
/// <c>connectorkit emulator [--urls URL]... [--data FILE]</c>: runs the Customer Insights emulator (connector/emulator)
/// until Ctrl+C; see docs/emulator.md.
/// </summary>
public static class EmulatorCommand
{
    public static Command Create(CliConsole console)
    {
        var urlsOption = new Option<string[]>("--urls")
        {
            Description = $"Where to listen: loopback http only (127.0.0.1, [::1] or localhost). Default: {EmulatorSettings.DefaultUrl}.",
            AllowMultipleArgumentsPerToken = false,
        };
        var dataOption = new Option<string?>("--data") { Description = "The SQLite file that keeps the emulator's state across restarts. Default: in memory, lost on exit." };
        var command = new Command("emulator", "Run the local emulator of the Customer Insights service, with its control API for events.")
        {
            urlsOption,
            dataOption,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var urls = parseResult.GetValue(urlsOption) is { Length: > 0 } given ? given : [EmulatorSettings.DefaultUrl];
            var data = parseResult.GetValue(dataOption) is { } file ? console.Resolve(file) : null;
            return EmulatorCommandLine.RunAsync(new EmulatorSettings { Urls = urls, DataFile = data }, console.Output, console.Error, cancellationToken);
        });
        return command;
    }
}
