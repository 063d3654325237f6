using System.CommandLine;
using System.Net;
using ConnectorKit.Inputs;
using ConnectorKit.Runtime.Hosting;
using ConnectorKit.Triggers;

namespace ConnectorKit.Cli.Commands;

/// <summary>
/// <c>connectorkit trigger PATH OPERATION_ID (--endpoint URL | --backend URL [--connection FILE]) [--param NAME=VALUE]...
/// [--header NAME=VALUE]... [--forward URL] [--listen URL] [--count N]</c>: subscribes to a webhook trigger of any
/// connector as Power Automate does, prints and checks each notification, and unsubscribes on exit (Ctrl+C included);
/// or polls a polling trigger and checks each firing. With --backend the calls go through the local runtime.
/// </summary>
public static class TriggerCommand
{
    public static Command Create(CliConsole console)
    {
        var pathArgument = new Argument<string>("PATH") { Description = "A connector folder, one of its files, or a model folder (with connector.yaml)." };
        pathArgument.Validators.Add(OptionLikeArgument.Reject);
        var operationArgument = new Argument<string>("OPERATION_ID") { Description = "The operationId of the webhook trigger." };
        operationArgument.Validators.Add(OptionLikeArgument.Reject);
        var endpointOption = new Option<string?>("--endpoint")
        {
            Description = "The service root the operation paths are appended to (host and basePath), such as http://127.0.0.1:5080/v1, or a running connectorkit serve.",
        };
        var backendOption = RuntimeArguments.BackendOption(
            "Instead of --endpoint: run the connector in the local runtime (its policies and custom code) in front of this origin, such as http://127.0.0.1:5080, and go through it.");
        var connectionOption = RuntimeArguments.ConnectionOption();
        var paramOption = new Option<string[]>("--param")
        {
            Description = "NAME=VALUE for a path, query or header parameter, or a body property (dotted for nested ones); repeat for more.",
            AllowMultipleArgumentsPerToken = false,
        };
        var headerOption = new Option<string[]>("--header")
        {
            Description = "NAME=VALUE (or 'NAME: VALUE') sent with the subscribe and unsubscribe requests, such as the connection's credentials.",
            AllowMultipleArgumentsPerToken = false,
        };
        var forwardOption = new Option<string?>("--forward") { Description = "Post each notification on to this URL, for chaining a next step." };
        var listenOption = new Option<string>("--listen")
        {
            Description = "Where the callback listener listens: a loopback http URL; port 0 picks a free port.",
            DefaultValueFactory = _ => "http://127.0.0.1:0",
        };
        var countOption = new Option<int?>("--count") { Description = "Unsubscribe and exit after this many notifications (a polling trigger: firings); without it, run until Ctrl+C." };

        var command = new Command("trigger",
            "Subscribe to a webhook trigger as Power Automate does, check each notification against its schema, and unsubscribe on exit; or poll a polling trigger and check each firing.")
        {
            pathArgument,
            operationArgument,
            endpointOption,
            backendOption,
            connectionOption,
            paramOption,
            headerOption,
            forwardOption,
            listenOption,
            countOption,
        };
        command.SetAction((parseResult, cancellationToken) => ExecuteAsync(console, parseResult.GetValue(pathArgument)!, new TriggerArguments(
            parseResult.GetValue(operationArgument)!,
            parseResult.GetValue(endpointOption),
            parseResult.GetValue(backendOption),
            parseResult.GetValue(connectionOption),
            parseResult.GetValue(paramOption) ?? [],
            parseResult.GetValue(headerOption) ?? [],
            parseResult.GetValue(forwardOption),
            parseResult.GetValue(listenOption)!,
            parseResult.GetValue(countOption)), cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(CliConsole console, string path, TriggerArguments arguments, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var endpoint = arguments.Endpoint is null ? null : HttpUrl(arguments.Endpoint, "--endpoint", problems);
        var backend = RuntimeArguments.Backend(arguments.Backend, problems);
        var connectionFile = RuntimeArguments.ConnectionFile(console, arguments.Connection, problems);
        if ((arguments.Endpoint is null) == (arguments.Backend is null))
        {
            problems.Add("Give --endpoint URL (the service, or a running connectorkit serve) or --backend URL (the trigger goes through the local runtime in front of it), one of the two.");
        }

        if (arguments.Connection is not null && arguments.Backend is null)
        {
            problems.Add("--connection is the local runtime's connection: it goes with --backend.");
        }

        var forward = arguments.Forward is null ? null : HttpUrl(arguments.Forward, "--forward", problems);
        var listen = Loopback(arguments.Listen, problems);
        var parameters = Pairs(arguments.Parameters, "--param", ['='], problems);
        var headers = Pairs(arguments.Headers, "--header", ['=', ':'], problems);
        if (arguments.Count is < 1)
        {
            problems.Add("--count must be at least 1.");
        }

        if (problems.Count > 0)
        {
            problems.ForEach(p => console.Error.WriteLine("error: " + p));
            return ExitCodes.Usage;
        }

        var resolved = console.Resolve(path);
        var input = ConnectorInputLoader.Load(resolved);
        console.Report(input.Diagnostics);
        if (input.Connector is null || input.HasErrors)
        {
            console.Error.WriteLine("trigger: the connector could not be read; nothing was subscribed.");
            return ExitCodes.Failed;
        }

        var definition = input.Connector.Definition;
        var polling = PollingTriggerHarness.IsPollingTrigger(definition, arguments.OperationId);
        if (polling && forward is not null)
        {
            console.Error.WriteLine($"error: --forward posts webhook notifications on; {arguments.OperationId} is a polling trigger.");
            return ExitCodes.Usage;
        }

        RuntimeHost? runtime = null;
        if (backend is not null)
        {
            runtime = await StartRuntimeAsync(console, resolved, backend, connectionFile, cancellationToken).ConfigureAwait(false);
            if (runtime is null)
            {
                return ExitCodes.Failed;
            }
        }

        await using (runtime)
        {
            var options = new TriggerHarnessOptions
            {
                OperationId = arguments.OperationId,
                Endpoint = runtime?.Root ?? endpoint!,
                Parameters = parameters,
                Headers = headers,
                Forward = forward,
                Listen = listen!,
                StopAfter = arguments.Count,
            };
            var result = polling
                ? await new PollingTriggerHarness(definition, options, console.Output).RunAsync(cancellationToken).ConfigureAwait(false)
                : await new TriggerHarness(definition, options, console.Output).RunAsync(cancellationToken).ConfigureAwait(false);
            return result.ExitCode;
        }
    }

    /// <summary>The connector in the local runtime on a free port, its log lines prefixed with "runtime:"; null (its findings printed) when it cannot serve.</summary>
    private static async Task<RuntimeHost?> StartRuntimeAsync(CliConsole console, string path, Uri backend, string? connectionFile, CancellationToken cancellationToken)
    {
        try
        {
            var host = await RuntimeHost.StartAsync(new RuntimeSettings
            {
                ConnectorPath = path,
                Port = 0,
                Backend = backend,
                ConnectionFile = connectionFile,
                Log = line => console.Output.WriteLine("runtime: " + line),
            }, cancellationToken).ConfigureAwait(false);
            console.Report(host.Diagnostics);
            console.Output.WriteLine($"runtime: serving the connector at {host.Root}; backend {backend.GetLeftPart(UriPartial.Authority)}");
            return host;
        }
        catch (RuntimeStartException failure)
        {
            console.Report(failure.Diagnostics);
            console.Error.WriteLine("trigger: " + failure.Message);
            return null;
        }
    }

    private static Uri? HttpUrl(string text, string option, List<string> problems)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return uri;
        }

        problems.Add($"{option} must be an absolute http or https URL; it is '{text}'.");
        return null;
    }

    private static IPEndPoint? Loopback(string text, List<string> problems)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == "http" && uri.AbsolutePath == "/"
            && IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address))
        {
            return new IPEndPoint(address, uri.Port);
        }

        problems.Add($"--listen must be an http URL on a loopback address, such as http://127.0.0.1:0; it is '{text}'.");
        return null;
    }

    private static List<KeyValuePair<string, string>> Pairs(IEnumerable<string> values, string option, char[] separators, List<string> problems)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var value in values)
        {
            var at = value.IndexOfAny(separators);
            if (at <= 0)
            {
                problems.Add($"{option} '{value}' is not NAME=VALUE.");
                continue;
            }

            pairs.Add(new(value[..at].Trim(), value[(at + 1)..].Trim()));
        }

        return pairs;
    }

    private sealed record TriggerArguments(string OperationId, string? Endpoint, string? Backend, string? Connection, string[] Parameters, string[] Headers, string? Forward, string Listen, int? Count);
}
