using System.CommandLine;
using ConnectorKit.Runtime.Hosting;

namespace ConnectorKit.Cli.Commands;

/// <summary>
/// <c>connectorkit serve PATH [--backend URL] [--connection FILE] [--port N] [--verbose]</c>: runs the connector
/// locally on 127.0.0.1 until Ctrl+C, writing a log line per step of each call to standard output.
/// </summary>
public static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var pathArgument = new Argument<string>("PATH")
        {
            Description = "A model folder (with connector.yaml), a connector folder, or one file of a connector folder.",
        };
        pathArgument.Validators.Add(OptionLikeArgument.Reject);
        var backendOption = RuntimeArguments.BackendOption(
            "Send backend calls to this origin (scheme, host and port, such as http://127.0.0.1:5080) instead of the host the connector names.");
        var connectionOption = RuntimeArguments.ConnectionOption();
        var portOption = new Option<int>("--port")
        {
            Description = $"The port on 127.0.0.1 (0 picks a free one). Default: {RuntimeSettings.DefaultPort}.",
            DefaultValueFactory = _ => RuntimeSettings.DefaultPort,
        };
        var verboseOption = new Option<bool>("--verbose") { Description = "Also log request and response bodies (connection secrets stay masked)." };

        var command = new Command("serve", "Run a connector locally: its policies and custom code, with a log line per step.")
        {
            pathArgument,
            backendOption,
            connectionOption,
            portOption,
            verboseOption,
        };
        command.SetAction(parseResult => Execute(console, new ServeArguments(
            parseResult.GetValue(pathArgument)!,
            parseResult.GetValue(backendOption),
            parseResult.GetValue(connectionOption),
            parseResult.GetValue(portOption),
            parseResult.GetValue(verboseOption))));
        return command;
    }

    private static int Execute(CliConsole console, ServeArguments arguments)
    {
        var path = console.Resolve(arguments.Path);
        var usageErrors = console.MissingPathErrors([path]).ToList();
        var problems = new List<string>();
        var backend = RuntimeArguments.Backend(arguments.Backend, problems);
        var connectionFile = RuntimeArguments.ConnectionFile(console, arguments.Connection, problems);
        usageErrors.AddRange(problems.Select(p => "error: " + p));

        if (arguments.Port is < 0 or > 65535)
        {
            usageErrors.Add($"error: --port {arguments.Port}: give a port from 0 to 65535.");
        }

        if (usageErrors.Count > 0)
        {
            usageErrors.ForEach(console.Error.WriteLine);
            return ExitCodes.Usage;
        }

        var settings = new RuntimeSettings
        {
            ConnectorPath = path,
            Backend = backend,
            ConnectionFile = connectionFile,
            Port = arguments.Port,
            Verbose = arguments.Verbose,
            Log = line => console.Output.WriteLine(line),
        };
        return RunAsync(console, settings).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(CliConsole console, RuntimeSettings settings)
    {
        RuntimeHost host;
        try
        {
            host = await RuntimeHost.StartAsync(settings).ConfigureAwait(false);
        }
        catch (RuntimeStartException failure)
        {
            console.Report(failure.Diagnostics);
            console.Error.WriteLine("serve: " + failure.Message);
            return ExitCodes.Failed;
        }

        await using (host.ConfigureAwait(false))
        {
            console.Report(host.Diagnostics);
            var connector = host.Connector;
            var script = connector.Script is null ? "no custom code"
                : connector.ScriptOperations.Count == 0 ? "custom code for every operation"
                : "custom code for " + string.Join(", ", connector.ScriptOperations.Order(StringComparer.Ordinal));
            console.Output.WriteLine($"serve: {connector.Definition.Swagger.Title} at {host.Root} ({connector.Operations.Operations.Count} operation(s), " +
                $"{connector.Policies.Count} polic(ies), {script}); backend {settings.Backend?.GetLeftPart(UriPartial.Authority) ?? "as the connector names it"}. Ctrl+C stops.");
            await host.WaitForShutdownAsync(CancellationToken.None).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private sealed record ServeArguments(string Path, string? Backend, string? Connection, int Port, bool Verbose);
}
