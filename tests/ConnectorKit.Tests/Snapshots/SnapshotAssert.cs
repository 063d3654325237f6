using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace ConnectorKit.Tests.Snapshots;

/// <summary>
/// Compares text with a verified snapshot kept beside the calling test file (<c>name.verified.ext</c>, LF, UTF-8
/// without BOM). On a mismatch it writes <c>name.received.ext</c> and fails with a diff. Setting
/// <c>ACCEPT_SNAPSHOTS=1</c> (never honoured on CI) overwrites the verified file instead.
/// </summary>
public static class SnapshotAssert
{
    public const string AcceptVariable = "ACCEPT_SNAPSHOTS";

    public static void Matches(string actual, string name, string extension = "json", [CallerFilePath] string callerFilePath = "")
    {
        var folder = Path.GetDirectoryName(callerFilePath)
            ?? throw new InvalidOperationException("The calling test file's path is unknown.");
        var snapshot = new SnapshotFiles(folder, name, extension);
        var failure = Compare(actual, snapshot, AcceptRequested());
        if (failure is not null)
        {
            throw new XunitException(failure);
        }
    }

    /// <summary>True when the environment asks to accept new snapshots and this is not a CI run.</summary>
    public static bool AcceptRequested() =>
        Environment.GetEnvironmentVariable(AcceptVariable) == "1" &&
        !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Checks <paramref name="actual"/> against the snapshot; returns the failure message, or null when it matches or was accepted.</summary>
    public static string? Compare(string actual, SnapshotFiles snapshot, bool accept)
    {
        var normalized = actual.ReplaceLineEndings("\n");
        var verified = File.Exists(snapshot.VerifiedPath) ? ReadNormalized(snapshot.VerifiedPath) : null;
        if (verified == normalized)
        {
            File.Delete(snapshot.ReceivedPath);
            return null;
        }

        if (accept)
        {
            Write(snapshot.VerifiedPath, normalized);
            File.Delete(snapshot.ReceivedPath);
            return null;
        }

        Write(snapshot.ReceivedPath, normalized);
        var howToAccept = $"Review {snapshot.ReceivedPath}; to accept it, run the tests with {AcceptVariable}=1 (ignored when CI=true).";
        return verified is null
            ? $"Snapshot '{snapshot.Name}' has no verified file {snapshot.VerifiedPath}.\n{howToAccept}"
            : $"Snapshot '{snapshot.Name}' differs from {snapshot.VerifiedPath}:\n{SnapshotDiff.Unified(verified, normalized)}\n{howToAccept}";
    }

    private static string ReadNormalized(string path) => File.ReadAllText(path, Encoding.UTF8).ReplaceLineEndings("\n");

    private static void Write(string path, string text) =>
        File.WriteAllBytes(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
}
