using System.CommandLine;
using ConnectorKit.Diagnostics;
using ConnectorKit.Import;

namespace ConnectorKit.Cli.Commands;

/// <summary>
/// <c>connectorkit roundtrip PATH...</c>: import in memory, regenerate, compare. Exit 1 unless every connector comes
/// back the same: one that differs, one that cannot be read and a path that holds no connector all fail the run.
/// </summary>
public static class RoundtripCommand
{
    public static Command Create(CliConsole console)
    {
        var pathsArgument = new Argument<string[]>("PATH")
        {
            Description = "Connector folders to check; a folder without a swagger file is searched for connector folders below it.",
            Arity = ArgumentArity.OneOrMore,
        };
        pathsArgument.Validators.Add(OptionLikeArgument.Reject);
        var command = new Command("roundtrip", "Import each connector in memory, regenerate it and compare: prints 'same' or the first difference.")
        {
            pathsArgument,
        };
        command.SetAction(parseResult => Execute(console, parseResult.GetValue(pathsArgument)!));
        return command;
    }

    private static int Execute(CliConsole console, IReadOnlyList<string> paths)
    {
        var counts = new Dictionary<RoundTripStatus, int>();
        var empty = 0;
        var folders = new List<string>();
        foreach (var path in paths.Select(console.Resolve))
        {
            var found = ConnectorFolders(path).ToList();
            if (found.Count == 0)
            {
                console.Error.WriteLine($"{console.Display(path)}: error {DiagnosticCodes.RoundTripNoConnector.Code}: no connector here (no *.swagger.json, and no apiProperties.json in any folder below).");
                empty++;
            }

            folders.AddRange(found);
        }

        // Connectors are independent, so they round-trip in parallel; AsOrdered keeps the output in the folders' order.
        var outcomes = console.WithProgress("Round-tripping", folders.Count, done => folders.AsParallel().AsOrdered().Select(folder =>
        {
            var outcome = RoundTripChecker.Check(folder);
            done();
            return outcome;
        }).ToList());
        foreach (var (folder, outcome) in folders.Zip(outcomes))
        {
            counts[outcome.Status] = counts.GetValueOrDefault(outcome.Status) + 1;
            Print(console, folder, outcome);
        }

        console.Output.WriteLine(
            $"{counts.GetValueOrDefault(RoundTripStatus.Same)} same, {counts.GetValueOrDefault(RoundTripStatus.Different)} different, {counts.GetValueOrDefault(RoundTripStatus.Unreadable)} unreadable");

        // A connector that cannot be read, or a path that holds none, is as much a failure as one that differs.
        return counts.GetValueOrDefault(RoundTripStatus.Same) == counts.Values.Sum() && empty == 0 ? ExitCodes.Success : ExitCodes.Failed;
    }

    private static void Print(CliConsole console, string folder, RoundTripOutcome outcome)
    {
        var shown = console.Display(folder);
        switch (outcome.Status)
        {
            case RoundTripStatus.Same:
                console.Output.WriteLine($"{shown}: same");
                console.Report(outcome.ReadingDiagnostics);
                break;
            case RoundTripStatus.Different:
                console.Output.WriteLine($"{shown}: different: {outcome.Difference}");
                console.Report(outcome.ReadingDiagnostics);
                break;
            default:
                console.Output.WriteLine($"{shown}: unreadable");
                console.Report(outcome.Diagnostics.Where(d => d.Severity == Severity.Error));
                break;
        }
    }

    /// <summary>The folder itself when it holds a connector, else every connector folder below it (by apiProperties.json), in order.</summary>
    private static IEnumerable<string> ConnectorFolders(string path)
    {
        if (!Directory.Exists(path) || Directory.EnumerateFiles(path, "*.swagger.json").Any())
        {
            return [path];
        }

        return Directory.EnumerateFiles(path, "apiProperties.json", SearchOption.AllDirectories)
            .Select(Path.GetDirectoryName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);
    }
}
