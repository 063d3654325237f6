using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace ConnectorKit.Writing;

/// <summary>
/// The process a staging file or journal belongs to: its id and start time, because ids are reused (in a container
/// the next run often gets the id of the one that was killed). Files of older versions carry only the id
/// (<see cref="StartTicks"/> null).
/// </summary>
public readonly record struct WriterIdentity(int ProcessId, long? StartTicks)
{
    public static WriterIdentity Current { get; } = new(Environment.ProcessId, StartOf(Process.GetCurrentProcess()));

    /// <summary>How file names and journals write it: <c>PID-TICKS</c>.</summary>
    public string Token => string.Create(CultureInfo.InvariantCulture, $"{ProcessId}-{StartTicks}");

    public static WriterIdentity? Parse(string token)
    {
        var parts = token.Split('-');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                ? new WriterIdentity(id, ticks)
                : null;
    }

    /// <summary>
    /// Whether the process still runs. This process is itself only with its own start time. When another process's
    /// start time cannot be read, it counts as running: its files are left alone rather than risk deleting live ones.
    /// </summary>
    public bool IsRunning()
    {
        if (ProcessId == Environment.ProcessId)
        {
            return this == Current;
        }

        try
        {
            using var process = Process.GetProcessById(ProcessId);
            return StartTicks is not { } ticks || StartOf(process) is not { } start || start == ticks;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static long? StartOf(Process process)
    {
        try
        {
            return process.StartTime.ToUniversalTime().Ticks;
        }
        catch (Exception exception) when (exception is Win32Exception or InvalidOperationException or NotSupportedException)
        {
            return null;
        }
    }
}
