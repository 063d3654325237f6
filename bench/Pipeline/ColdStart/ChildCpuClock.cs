using System.Runtime.InteropServices;

namespace ConnectorKit.Bench.Pipeline.ColdStart;

/// <summary>
/// The CPU time (user + system) of every child process that has ended and been waited for, from getrusage
/// (RUSAGE_CHILDREN). Only Linux is read; elsewhere the CPU column stays empty.
/// </summary>
internal static class ChildCpuClock
{
    private const int RusageChildren = -1;

    public static bool IsAvailable => OperatingSystem.IsLinux();

    public static TimeSpan Read()
    {
        if (!IsAvailable)
        {
            return TimeSpan.Zero;
        }

        // struct rusage starts with ru_utime and ru_stime, two timevals of two 64-bit fields each on 64-bit Linux.
        var buffer = new long[32];
        if (GetRusage(RusageChildren, buffer) != 0)
        {
            throw new InvalidOperationException($"getrusage failed with errno {Marshal.GetLastPInvokeError()}.");
        }

        var microseconds = (buffer[0] * 1_000_000) + buffer[1] + (buffer[2] * 1_000_000) + buffer[3];
        return TimeSpan.FromMicroseconds(microseconds);
    }

    [DllImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static extern int GetRusage(int who, [Out] long[] usage);
}
