using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Loading;

namespace ConnectorKit.Import;

public enum RoundTripStatus
{
    /// <summary>generate(import(X)) gives back X.</summary>
    Same,

    /// <summary>The regenerated connector differs; <see cref="RoundTripOutcome.Difference"/> says where.</summary>
    Different,

    /// <summary>The connector's files could not be read; the diagnostics say where.</summary>
    Unreadable,
}

/// <summary>The outcome of one round trip: the status, the first difference (file and JSON pointer) and the findings.</summary>
public sealed record RoundTripOutcome(string Folder, RoundTripStatus Status, string? Difference, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>What reading the connector's files found (deviations from strict JSON it was read despite, for one).</summary>
    public IReadOnlyList<Diagnostic> ReadingDiagnostics { get; init; } = [];

    /// <summary>The imported model's YAML files (none when the connector could not be read), for figures about the model.</summary>
    public IReadOnlyList<ModelSourceFile> ModelFiles { get; init; } = [];
}

/// <summary>Imports a connector in memory, regenerates it and compares both JSON files (as values) and the script.</summary>
public static class RoundTripChecker
{
    public static RoundTripOutcome Check(string folder)
    {
        var read = ConnectorFolderReader.Read(folder);
        if (read.Definition is null || read.Diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return new RoundTripOutcome(folder, RoundTripStatus.Unreadable, null, read.Diagnostics) { ReadingDiagnostics = read.Diagnostics };
        }

        // The import compares its model's generation with the original and reports any difference as CK5002, and a
        // model that does not load or generate at all as CK5005.
        var (files, diagnostics) = ConnectorImporter.ImportModel(read, folder);
        var difference = diagnostics.FirstOrDefault(d => d.Descriptor == DiagnosticCodes.ImportNotExact || d.Descriptor == DiagnosticCodes.ImportUnusable);
        var outcome = difference is null
            ? new RoundTripOutcome(folder, RoundTripStatus.Same, null, [.. read.Diagnostics, .. diagnostics])
            : new RoundTripOutcome(folder, RoundTripStatus.Different, difference.Message, [.. read.Diagnostics, .. diagnostics]);
        return outcome with { ReadingDiagnostics = read.Diagnostics, ModelFiles = files };
    }
}
