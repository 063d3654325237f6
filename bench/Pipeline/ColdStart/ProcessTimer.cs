using System.Diagnostics;

namespace ConnectorKit.Bench.Pipeline.ColdStart;

/// <summary>
/// Times commands as whole processes: wall time from start to exit, CPU time of the process from getrusage. Runs are
/// interleaved (run 1 of every case, then run 2, ...) so that a change in the machine's load hits every case alike.
/// </summary>
internal static class ProcessTimer
{
    /// <summary>The variable that points connectorkit's cache of script checks elsewhere (see the generator's ScriptCheckCache).</summary>
    public const string CacheVariable = "CONNECTORKIT_CACHE_DIR";

    private static int _coldCaches;

    public static IReadOnlyList<ProcessFigures> Measure(IReadOnlyList<ProcessCase> cases, int runs, string scratch, TextWriter log)
    {
        var sharedCache = Directory.CreateDirectory(Path.Combine(scratch, "cache-warm")).FullName;
        var walls = cases.Select(_ => new List<TimeSpan>()).ToArray();
        var cpus = cases.Select(_ => new List<TimeSpan>()).ToArray();
        var exitCodes = new int[cases.Count];

        // One unmeasured run of each fills the warm cache and the file system cache.
        for (var c = 0; c < cases.Count; c++)
        {
            exitCodes[c] = Run(cases[c], sharedCache, scratch).ExitCode;
        }

        for (var run = 0; run < runs; run++)
        {
            for (var c = 0; c < cases.Count; c++)
            {
                var (exitCode, wall, cpu) = Run(cases[c], sharedCache, scratch);
                if (exitCode != exitCodes[c])
                {
                    log.WriteLine($"warning: {cases[c].Name} exited {exitCode}, not {exitCodes[c]} as before.");
                }

                walls[c].Add(wall);
                cpus[c].Add(cpu);
            }

            log.WriteLine($"  process run {run + 1} of {runs} done");
        }

        return [.. cases.Select((c, i) => new ProcessFigures(c, Median(walls[i]), Median(cpus[i]), exitCodes[i]))];
    }

    private static (int ExitCode, TimeSpan Wall, TimeSpan Cpu) Run(ProcessCase processCase, string sharedCache, string scratch)
    {
        var start = new ProcessStartInfo(processCase.Program)
        {
            WorkingDirectory = processCase.WorkingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        processCase.Arguments.ToList().ForEach(start.ArgumentList.Add);
        start.Environment[CacheVariable] = processCase.FreshCache ? Directory.CreateDirectory(Path.Combine(scratch, $"cache-cold-{++_coldCaches}")).FullName : sharedCache;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        var cpuBefore = ChildCpuClock.Read();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{processCase.Program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var wall = clock.Elapsed;
        Task.WaitAll(output, error);
        return (process.ExitCode, wall, ChildCpuClock.Read() - cpuBefore);
    }

    private static TimeSpan Median(List<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
