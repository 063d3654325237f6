using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;

namespace ConnectorKit.Tests.Robustness.Fuzzing;

/// <summary>What every finding of a fuzz case must be: an error names its file, line and column.</summary>
internal static class FuzzAssert
{
    /// <summary>
    /// The findings about a whole file or folder, where no line exists to point at: a file that leads out through a
    /// link, that is a folder, that cannot be read, and the output folder's own problems (a write that failed, a journal
    /// that may not be carried out, a folder another process writes). Their position is the path itself, with line 0,
    /// and something (a file, a folder or a link) must be there. The other findings with line 0 are those about a file
    /// that was not read: one that is not there (a missing apiProperties.json, a folder without its swagger), or one
    /// refused by such a whole-file error (an apiProperties.json that links out is judged as absent), and the icon of a
    /// connector folder, a binary file without lines (a model's icon findings point at its <c>icon:</c>). Paths named
    /// inside a file (<c>icon:</c>, <c>client: output:</c>) are positioned at their value, whatever the code.
    /// </summary>
    private static readonly HashSet<DiagnosticDescriptor> WholeFile =
    [
        DiagnosticCodes.PathLinksOutside, DiagnosticCodes.PathIsFolder, DiagnosticCodes.FileUnreadable,
        DiagnosticCodes.OutputWriteFailed, DiagnosticCodes.WriteJournalInvalid, DiagnosticCodes.OutputFolderBusy,
    ];

    /// <param name="diagnostics">The findings to check.</param>
    /// <param name="reading">The findings of reading the files that <paramref name="diagnostics"/> are about, when they are not among them.</param>
    public static void EveryErrorPositioned(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<Diagnostic>? reading = null)
    {
        var refused = diagnostics.Concat(reading ?? [])
            .Where(d => d.Severity == Severity.Error && d.Position.Line == 0 && WholeFile.Contains(d.Descriptor))
            .Select(d => d.Position.File)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var error in diagnostics.Where(d => d.Severity == Severity.Error))
        {
            Assert.False(string.IsNullOrEmpty(error.Position.File), $"An error names no file: {error}");
            Assert.False(error.Descriptor == DiagnosticCodes.ValidationRuleFailed, $"A validation rule threw: {error.Message}");
            var honestlyLineless = !File.Exists(error.Position.File)
                || refused.Contains(error.Position.File)
                || (WholeFile.Contains(error.Descriptor) && Exists(error.Position.File))
                || Path.GetFileName(error.Position.File) == DefinitionFiles.Icon;
            Assert.True(
                (error.Position.Line > 0 && error.Position.Column > 0) || (error.Position is { Line: 0, Column: 0 } && honestlyLineless),
                $"An error has no line and column: {error}");
        }
    }

    /// <summary>Whether something (a file, a folder, a link even when broken) is at the path.</summary>
    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null;
}
