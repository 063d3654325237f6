using System.Runtime.InteropServices;

namespace ConnectorKit.Bench.Pipeline.Reporting;

/// <summary>What the figures came from: processor, cores, memory, system, runtime, and how busy the machine was.</summary>
internal static class Machine
{
    public static string Describe()
    {
        var processor = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024 * 1024.0);
        return $"{processor ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} cores, {memory:F0} GiB; " +
            $"{RuntimeInformation.OSDescription}; {RuntimeInformation.FrameworkDescription}";
    }

    /// <summary>The 1-, 5- and 15-minute load averages (Linux), or a note that they cannot be read here.</summary>
    public static string Load() =>
        File.Exists("/proc/loadavg") ? "load average " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "load average not available";
}
