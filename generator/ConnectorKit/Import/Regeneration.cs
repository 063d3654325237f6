using ConnectorKit.Checking;
using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Loading;
using ConnectorKit.Model;

namespace ConnectorKit.Import;

/// <summary>What generating a model held in memory gave: the model and definition (null on errors) and the findings.</summary>
internal sealed record Regenerated(ConnectorModel? Model, ConnectorDefinition? Definition, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>Runs the generator's load, check and expand steps on model files held in memory.</summary>
internal static class Regeneration
{
    /// <summary>
    /// Generates the model in <paramref name="files"/> as if it were in <paramref name="folder"/> (where its script and
    /// icon are read from).
    /// </summary>
    public static Regenerated Run(string folder, IReadOnlyList<ModelSourceFile> files)
    {
        var load = ModelLoader.Load(folder, files);
        if (load.Model is not { } model || load.HasErrors)
        {
            return new Regenerated(load.Model, null, load.Diagnostics);
        }

        var findings = ModelChecker.Check(model);
        if (findings.Any(d => d.Severity == Severity.Error))
        {
            return new Regenerated(model, null, [.. load.Diagnostics, .. findings]);
        }

        var expansion = ModelExpander.Expand(model);
        var diagnostics = load.Diagnostics.Concat(findings).Concat(expansion.Diagnostics).ToList();
        return new Regenerated(model, diagnostics.Any(d => d.Severity == Severity.Error) ? null : expansion.Definition, diagnostics);
    }

    /// <summary>The checks that find errors in the model, each with its first finding.</summary>
    public static IReadOnlyList<(IModelCheck Check, Diagnostic First)> FailingChecks(ConnectorModel model)
    {
        var failing = new List<(IModelCheck, Diagnostic)>();
        foreach (var check in ModelChecker.Checks.Where(c => !model.DisabledChecks.Contains(c.Id, StringComparer.OrdinalIgnoreCase)))
        {
            var bag = new DiagnosticBag();
            check.Check(model, bag);
            if (bag.Sorted().FirstOrDefault(d => d.Severity == Severity.Error) is { } first)
            {
                failing.Add((check, first));
            }
        }

        return failing;
    }
}
