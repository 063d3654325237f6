using Microsoft.Extensions.Logging;

namespace CustomerInsights.Emulator.Hosting;

/// <summary>
/// Runs the emulator from a command line until Ctrl+C: the emulator's own Program and <c>connectorkit emulator</c>
/// share it. Exit codes: 0 stopped normally, 1 could not start, 2 bad arguments.
/// </summary>
public static class EmulatorCommandLine
{
    public const string Usage = """
        Usage: CustomerInsights.Emulator [--urls http://127.0.0.1:PORT] [--data FILE]
          --urls URL   where to listen: loopback http only (127.0.0.1, [::1] or localhost); default http://127.0.0.1:5080
          --data FILE  the SQLite file that keeps the state across restarts; default: in memory, lost on exit
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var (settings, problem) = Parse(args);
        if (problem is not null)
        {
            error.Write(problem + "\n" + Usage.ReplaceLineEndings("\n") + "\n");
            return 2;
        }

        if (settings is null)
        {
            output.Write(Usage.ReplaceLineEndings("\n") + "\n");
            return 0;
        }

        return await RunAsync(settings, output, error, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Starts the emulator, says where it listens, and runs until Ctrl+C or <paramref name="cancellationToken"/>.</summary>
    public static async Task<int> RunAsync(EmulatorSettings settings, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var (_, addressErrors) = ListenAddress.ParseAll(settings.Urls);
        if (addressErrors.Count > 0)
        {
            error.Write(string.Concat(addressErrors.Select(e => "error: " + e + "\n")));
            return 2;
        }

        var logged = settings with { Logging = settings.Logging ?? (logging => logging.AddProvider(new TextWriterLoggerProvider(output))) };
        EmulatorHost host;
        try
        {
            host = await EmulatorHost.StartAsync(logged, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is EmulatorStartException or InvalidDataException)
        {
            error.Write("error: " + exception.Message + "\n");
            return 1;
        }

        await using (host.ConfigureAwait(false))
        {
            output.Write($"Customer Insights emulator: service root {host.ServiceRoot}, control API {new Uri(host.BaseAddress, "control/")}, " +
                $"health {new Uri(host.BaseAddress, "healthz")}\n");
            output.Write((settings.DataFile is { } file ? $"State: {Path.GetFullPath(file)}" : "State: in memory (use --data FILE to keep it)") + ". Press Ctrl+C to stop.\n");
            output.Flush();
            try
            {
                await host.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Stopped by the caller: a normal end.
            }
        }

        return 0;
    }

    /// <summary>The settings of the arguments; null settings and no problem mean help was asked for.</summary>
    public static (EmulatorSettings? Settings, string? Problem) Parse(IReadOnlyList<string> args)
    {
        var urls = new List<string>();
        string? data = null;
        for (var index = 0; index < args.Count; index++)
        {
            switch (args[index])
            {
                case "--help" or "-h" or "-?":
                    return (null, null);
                case "--urls" or "--data" when index + 1 >= args.Count || args[index + 1].StartsWith("--", StringComparison.Ordinal):
                    return (null, $"error: {args[index]} needs a value.");
                case "--urls":
                    urls.Add(args[++index]);
                    break;
                case "--data":
                    data = args[++index];
                    break;
                default:
                    return (null, $"error: unknown argument '{args[index]}'.");
            }
        }

        return (new EmulatorSettings { Urls = urls.Count > 0 ? urls : [EmulatorSettings.DefaultUrl], DataFile = data }, null);
    }
}
