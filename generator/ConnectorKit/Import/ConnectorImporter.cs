using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Emitting;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Loading;

namespace ConnectorKit.Import;

/// <summary>
/// Imports an existing connector folder into a model a person would maintain. Each construct is written at the
/// highest level that the generator turns back into the original exactly; then the whole model is generated and
/// compared with the original, and whatever still differs is written through (root keys under <c>extensions</c>,
/// apiProperties keys under <c>propertiesExtensions</c>, a path's operations as raw actions), and model checks the
/// published connector breaks are disabled, until the model gives back the original.
/// </summary>
public static class ConnectorImporter
{
    private const int MaxRounds = 8;

    public static ImportResult Import(string folder) => Import(ConnectorFolderReader.Read(folder), folder);

    /// <summary>
    /// Imports a connector already read (from a folder, a swagger file, or converted from an API description);
    /// <paramref name="source"/> names it in the model's header (default: the folder's name).
    /// </summary>
    internal static ImportResult Import(DefinitionReadResult read, string folder, string? source = null)
    {
        if (read.Definition is not { } definition || read.Diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return new ImportResult([], read.Diagnostics);
        }

        var (files, diagnostics) = ImportModel(read, folder, source);
        var findings = new List<Diagnostic>([.. read.Diagnostics, .. diagnostics]);
        var attachments = Attachments(definition, new CompanionFiles(folder, findings)).ToList();
        return new ImportResult([.. files.Select(f => GeneratedFile.FromText(f.RelativePath, f.Text)), .. attachments], findings);
    }

    /// <summary>The model's YAML files, in memory, and the findings of importing (the read must have a definition).</summary>
    internal static (IReadOnlyList<ModelSourceFile> Files, IReadOnlyList<Diagnostic> Diagnostics) ImportModel(DefinitionReadResult read, string folder, string? source = null)
    {
        var definition = read.Definition!;
        var builder = new DraftBuilder();
        var patches = new ImportPatches();
        var diagnostics = new List<Diagnostic>();
        source ??= Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        IReadOnlyList<ModelSourceFile> files = [];
        for (var round = 0; round < MaxRounds; round++)
        {
            files = builder.Build(definition, patches).ToFiles(source);
            var load = ModelLoader.Load(folder, files);
            if (load.Model is not { } model || load.HasErrors)
            {
                var first = load.Diagnostics.First(d => d.Severity == Severity.Error);
                diagnostics.Add(Unusable(read, $"it does not load ({first})."));
                return (files, diagnostics);
            }

            var failing = Regeneration.FailingChecks(model);
            foreach (var (check, first) in failing)
            {
                patches.DisabledChecks.Add(check.Id);
                diagnostics.Add(Diagnostic.Create(DiagnosticCodes.ImportCheckDisabled, new SourcePosition(read.ApiDefinitionPath ?? folder, 0, 0),
                    $"The connector breaks model check '{check.Id}' ({first.Code}: {first.Message}); the imported model disables it so that it regenerates unchanged."));
            }

            // Checks do not change what the model expands to, so the comparison goes on in the same round.
            var expansion = ModelExpander.Expand(model);
            var failingRules = Regeneration.FailingRules(model, expansion);
            foreach (var first in failingRules)
            {
                patches.DisabledChecks.Add(first.Code);
                diagnostics.Add(Diagnostic.Create(DiagnosticCodes.ImportCheckDisabled, new SourcePosition(read.ApiDefinitionPath ?? folder, 0, 0),
                    $"The connector breaks validator rule {first.Code} ({first.Message}); the imported model disables it so that it regenerates unchanged."));
            }

            if (!Patch(definition, expansion.Definition, patches) && failing.Count == 0 && failingRules.Count == 0)
            {
                break;
            }
        }

        var regenerated = Regeneration.Run(folder, files);
        if (Difference(read, folder, regenerated) is { } difference)
        {
            diagnostics.Add(difference);
        }

        // Where the published connector says two things that the model says with one key, the raw key that keeps the
        // original wins; the import says so as generate will, at the YAML (positioned relative to the model folder).
        diagnostics.AddRange(regenerated.Diagnostics
            .Where(d => d.Descriptor == DiagnosticCodes.RawOverridesModel)
            .Select(d => d with { Position = d.Position.InFile(Path.GetRelativePath(folder, d.Position.File).Replace('\\', '/')) }));
        return (files, diagnostics);
    }

    /// <summary>
    /// The first place the regenerated connector differs from the original, as a CK5002 finding, or CK5005 when the
    /// model does not generate at all; null when it gives back the original.
    /// </summary>
    private static Diagnostic? Difference(DefinitionReadResult read, string folder, Regenerated regenerated)
    {
        if (regenerated.Definition is not { } result)
        {
            var first = regenerated.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error);
            return Unusable(read, $"it does not generate ({first}).");
        }

        var definition = read.Definition!;
        if (JsonComparison.FirstDifference(definition.ApiDefinition, result.ApiDefinition) is { } pointer)
        {
            return NotExact(read, pointer, $"the regenerated swagger differs at '{pointer}'.");
        }

        if (definition.ApiProperties is { } properties && JsonComparison.FirstDifference(properties, result.ApiProperties) is { } propertiesPointer)
        {
            return Diagnostic.Create(DiagnosticCodes.ImportNotExact, read.ApiPropertiesPositions.Find(propertiesPointer),
                $"The imported model does not give back the connector exactly: the regenerated apiProperties.json differs at '{propertiesPointer}'.");
        }

        return ScriptText(definition.Script) == ScriptText(result.Script) ? null
            : Diagnostic.Create(DiagnosticCodes.ImportNotExact, new SourcePosition(Path.Combine(folder, DefinitionFiles.Script), 0, 0),
                "The imported model does not give back the connector exactly: the regenerated script.csx differs.");
    }

    /// <summary>The script as the generator writes it: without a byte order mark, with LF line ends.</summary>
    internal static string? ScriptText(ConnectorScript? script) =>
        script?.Text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>
    /// Writes through what the regenerated connector still gets wrong; false when nothing more can be done (it is the
    /// same, or every difference was already written through).
    /// </summary>
    private static bool Patch(ConnectorDefinition original, ConnectorDefinition regenerated, ImportPatches patches)
    {
        var changed = false;
        foreach (var (key, value) in original.ApiDefinition)
        {
            if (JsonComparison.AreEqual(value, regenerated.ApiDefinition[key]))
            {
                continue;
            }

            if (key == "paths" && value is JsonObject paths && regenerated.ApiDefinition[key] is JsonObject regeneratedPaths)
            {
                // First the path's operations as raw actions, then the whole path item as it is.
                var differing = paths.Where(p => !JsonComparison.AreEqual(p.Value, regeneratedPaths[p.Key])).ToList();
                var progress = false;
                foreach (var (path, item) in differing)
                {
                    progress |= patches.RawPaths.Add(path) || WriteThrough(patches.Paths, path, item);
                }

                if (progress)
                {
                    changed = true;
                    continue;
                }
            }

            changed |= WriteThrough(patches.Extensions, key, value);
        }

        var properties = original.ApiProperties.Child("properties") as JsonObject ?? [];
        var regeneratedProperties = regenerated.ApiProperties.Child("properties") as JsonObject ?? [];
        foreach (var (key, value) in properties.Where(p => !JsonComparison.AreEqual(p.Value, regeneratedProperties[p.Key])))
        {
            changed |= WriteThrough(patches.PropertiesExtensions, key, value);
        }

        return changed;
    }

    private static bool WriteThrough(JsonObject extensions, string key, JsonNode? value)
    {
        if (extensions.ContainsKey(key))
        {
            return false;
        }

        extensions[key] = value?.DeepClone();
        return true;
    }

    private static Diagnostic NotExact(DefinitionReadResult read, string pointer, string detail) =>
        Diagnostic.Create(DiagnosticCodes.ImportNotExact, read.ApiDefinitionPositions.Find(pointer),
            "The imported model does not give back the connector exactly: " + detail);

    /// <summary>A model that `generate` would refuse is not a result: the import fails, saying why.</summary>
    private static Diagnostic Unusable(DefinitionReadResult read, string detail) =>
        Diagnostic.Create(DiagnosticCodes.ImportUnusable, read.ApiDefinitionPositions.Find(JsonPointer.Root), "The imported model cannot be used: " + detail);

    /// <summary>The script copied byte for byte (the generator normalises it), and the icon.</summary>
    private static IEnumerable<GeneratedFile> Attachments(ConnectorDefinition definition, CompanionFiles files)
    {
        if (definition.Script is not null && files.Read(DefinitionFiles.Script) is { } script)
        {
            yield return new GeneratedFile(DefinitionFiles.Script, script);
        }

        if (definition.Icon is { } icon)
        {
            yield return new GeneratedFile(icon.FileName, icon.Content);
        }
    }
}
