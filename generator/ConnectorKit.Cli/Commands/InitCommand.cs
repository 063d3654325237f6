using System.CommandLine;
using ConnectorKit.Scaffolding;

namespace ConnectorKit.Cli.Commands;

/// <summary>
/// <c>connectorkit init NAME --out DIR [--auth KIND] [--webhook] [--polling] [--script] [--host HOST] [--publisher NAME]</c>:
/// a new model folder that generates and validates with no finding.
/// </summary>
public static class InitCommand
{
    public static Command Create(CliConsole console)
    {
        var nameArgument = new Argument<string>("NAME") { Description = "The connector's title, such as \"Contoso Orders\" (quote it when it has spaces)." };
        nameArgument.Validators.Add(OptionLikeArgument.Reject);
        var outOption = new Option<string>("--out", "-o") { Description = "The model folder to create; it must be new or empty.", Required = true };
        var authOption = new Option<string>("--auth")
        {
            Description = "How connections authenticate.",
            DefaultValueFactory = _ => "none",
        };
        authOption.AcceptOnlyFromAmong([.. ScaffoldAuthNames.All.Keys]);
        var webhookOption = new Option<bool>("--webhook") { Description = "Add a webhook trigger and the operation that unsubscribes it." };
        var pollingOption = new Option<bool>("--polling") { Description = "Add a polling trigger." };
        var scriptOption = new Option<bool>("--script") { Description = "Add custom code (script.csx) for one operation." };
        var hostOption = new Option<string>("--host") { Description = "The API's host.", DefaultValueFactory = _ => "api.example.com" };
        var publisherOption = new Option<string?>("--publisher") { Description = "Who publishes the connector. Default: the first word of NAME." };

        var command = new Command("init", "Create a new connector model: connector.yaml with actions, the chosen authentication and triggers, custom code, a readme section, the schema for editors and an icon.")
        {
            nameArgument,
            outOption,
            authOption,
            webhookOption,
            pollingOption,
            scriptOption,
            hostOption,
            publisherOption,
        };
        command.SetAction(parseResult => Execute(console, console.Resolve(parseResult.GetValue(outOption)!), new ScaffoldOptions
        {
            Name = parseResult.GetValue(nameArgument)!,
            Auth = ScaffoldAuthNames.All[parseResult.GetValue(authOption)!],
            Webhook = parseResult.GetValue(webhookOption),
            Polling = parseResult.GetValue(pollingOption),
            Script = parseResult.GetValue(scriptOption),
            Host = parseResult.GetValue(hostOption)!,
            Publisher = parseResult.GetValue(publisherOption),
        }));
        return command;
    }

    private static int Execute(CliConsole console, string folder, ScaffoldOptions options)
    {
        var problems = new[]
        {
            ConnectorScaffolder.NameProblem(options.Name),
            ConnectorScaffolder.HostProblem(options.Host),
            options.Publisher is { } publisher ? ConnectorScaffolder.PublisherProblem(publisher) : null,
        }.OfType<string>().ToList();
        if (problems.Count > 0)
        {
            problems.ForEach(problem => console.Error.WriteLine($"error: {problem}."));
            return ExitCodes.Usage;
        }

        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            console.Error.WriteLine($"error: {console.Display(folder)} is not empty; init creates a model in a new or empty folder.");
            return ExitCodes.Usage;
        }

        var written = console.WriteFiles(folder, ConnectorScaffolder.Scaffold(options));
        if (written == ExitCodes.Success)
        {
            var shown = console.Display(folder);
            console.Info($"Next: connectorkit generate {shown} --out {shown}/build && connectorkit validate {shown} --certification");
        }

        return written;
    }
}
