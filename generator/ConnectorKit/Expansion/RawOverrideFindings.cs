using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;

namespace ConnectorKit.Expansion;

/// <summary>
/// Raw model content (extensions, a webhook body's schema keys, raw policy keys, custom parameters, raw paths) that replaces a key
/// the model generates and drops or changes what the model says there: CK2021, at the raw key, naming the generated
/// key and the YAML it came from. The raw value is still written: it is the escape hatch for what the model cannot
/// say, and a published connector imported into a model relies on it. The finding makes sure it never wins silently.
/// </summary>
internal sealed class RawOverrideFindings(string modelFolder)
{
    private readonly DiagnosticBag _findings = new();

    public IReadOnlyList<Diagnostic> Items => _findings.Items;

    /// <summary>
    /// Reports that the raw key <paramref name="key"/> at <paramref name="rawKey"/> loses part of the generated value at
    /// <paramref name="outputPointer"/> of <paramref name="file"/>; <paramref name="modelOrigin"/> is where the model
    /// wrote the part lost.
    /// </summary>
    public void Report(SourcePosition rawKey, string key, DefinitionFileKind file, string outputPointer, JsonLoss loss, SourcePosition modelOrigin)
    {
        var origin = modelOrigin.IsKnown ? $", which the model writes from {Describe(modelOrigin)}" : string.Empty;
        _findings.Add(DiagnosticCodes.RawOverridesModel, rawKey,
            $"The raw key '{key}' overrides the model: at {FileName(file)}#{outputPointer + loss.Pointer} it {loss.What}{origin}. "
            + "The raw value is written; make the model say the same, or remove the raw key.");
    }

    private static string FileName(DefinitionFileKind file) =>
        file == DefinitionFileKind.ApiDefinition ? DefinitionFiles.ApiDefinition : DefinitionFiles.ApiProperties;

    /// <summary>A model position as the user reads it: the file relative to the model folder, line and column.</summary>
    private string Describe(SourcePosition position)
    {
        var file = Path.IsPathRooted(position.File) && modelFolder.Length > 0 ? Path.GetRelativePath(modelFolder, position.File) : position.File;
        return position.InFile(file.Replace('\\', '/')).ToString();
    }
}
