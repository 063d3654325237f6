using System.CommandLine;

namespace ConnectorKit.Cli.Commands;

/// <summary>
/// <c>connectorkit help [COMMAND|TOPIC]</c>: the usage of the tool or of one command, or one of the documents the
/// tool ships (<c>connectorkit help validator</c> prints the rule table).
/// </summary>
public static class HelpCommand
{
    public static Command Create(RootCommand root, CliConsole console)
    {
        var topicArgument = new Argument<string?>("COMMAND|TOPIC")
        {
            Description = $"A command, or a document: {string.Join(", ", HelpTopics.Names)}.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        topicArgument.Validators.Add(OptionLikeArgument.Reject);
        var command = new Command("help", "Show the usage of connectorkit or of one command, or print one of the documents that ship with the tool.")
        {
            topicArgument,
        };
        command.SetAction(parseResult => Execute(root, console, parseResult.GetValue(topicArgument)));
        return command;
    }

    private static int Execute(RootCommand root, CliConsole console, string? topic)
    {
        if (topic is null)
        {
            HelpText.Write(root.Parse(["--help"]), console.Output);
            console.Output.WriteLine($"Documents: {string.Join(", ", HelpTopics.Names)} (connectorkit help DOCUMENT).");
            return ExitCodes.Success;
        }

        if (root.Subcommands.FirstOrDefault(c => c.Name == topic) is { } command)
        {
            return HelpText.Write(root.Parse([command.Name, "--help"]), console.Output);
        }

        if (HelpTopics.Read(topic) is { } text)
        {
            console.Output.Write(text);
            return ExitCodes.Success;
        }

        var names = CliApplication.CommandNames(root).Concat(HelpTopics.Names).ToList();
        console.Error.WriteLine(ConnectorKit.Diagnostics.Suggestions.Closest(topic, names) is { } nearest
            ? $"error: '{topic}' is neither a connectorkit command nor a document. Did you mean '{nearest}'?"
            : $"error: '{topic}' is neither a connectorkit command nor a document; the commands and documents are {string.Join(", ", names)}.");
        return ExitCodes.Usage;
    }
}
