using ConnectorKit.Checking;
using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Generation;
using ConnectorKit.Inputs;
using ConnectorKit.Loading;
using ConnectorKit.Model;
using ConnectorKit.Validation;

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
        var context = GenerationPipeline.ToDefinition.Execute(folder, files);
        var definition = context.Diagnostics.HasErrors ? null : context.Definition;
        return new Regenerated(context.Model, definition, context.Diagnostics.Sorted());
    }

    /// <summary>
    /// The validator codes that find errors in what the model expands to, each with its first finding: generate runs
    /// the validator, so an imported connector that breaks a rule opts out of it to regenerate unchanged.
    /// </summary>
    public static IReadOnlyList<Diagnostic> FailingRules(ConnectorModel model, ExpansionResult expansion)
    {
        var context = ValidationContext.For(PositionedConnector.Expanded(expansion.Definition, expansion.Origins, model.KeyPositions, scriptFile: null));
        return [.. new ConnectorValidator(ValidationOptions.ForModel(model)).Validate(context)
            .Where(d => d.Severity == Severity.Error)
            .GroupBy(d => d.Code, StringComparer.Ordinal)
            .Select(g => g.First())];
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
