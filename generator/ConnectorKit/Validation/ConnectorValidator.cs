using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Validation.CustomCode;

namespace ConnectorKit.Validation;

/// <summary>
/// Runs the rules of <see cref="RuleCatalogue"/> that the options switch on over one connector definition. A rule that
/// throws becomes a finding (a bug of ours must never hide the other rules' findings nor crash the run). The script
/// rules' findings come from <see cref="ScriptCheckCache"/> when that script content was checked before.
/// </summary>
public sealed class ConnectorValidator(ValidationOptions options, IReadOnlyList<IValidationRule> rules)
{
    /// <summary>A validator with every rule of the library.</summary>
    public ConnectorValidator(ValidationOptions options)
        : this(options, RuleCatalogue.Rules)
    {
    }

    public ValidationOptions Options { get; } = options;

    /// <summary>The rules this validator runs, in the order given.</summary>
    public IEnumerable<IValidationRule> ActiveRules =>
        rules.Where(r => (Options.Certification || !r.CertificationOnly) && Options.IsEnabled(r.Descriptor.Code));

    /// <summary>The findings of every active rule, with the options applied, sorted by file, line, column and code.</summary>
    public IReadOnlyList<Diagnostic> Validate(ValidationContext context)
    {
        using var sharedWalk = Rules.Swagger.Shared.DocumentSchemas.ShareWalk(context.Definition.ApiDefinition);
        var active = ActiveRules.ToList();
        var scriptFindings = ScriptFindings(context, [.. active.OfType<IScriptRule>()]);
        var crashes = new List<Diagnostic>();
        foreach (var rule in active)
        {
            context.CurrentRule = rule;
            if (scriptFindings.TryGetValue(rule.Descriptor.Code, out var known))
            {
                known.ToList().ForEach(finding => context.Report(new SourcePosition(ScriptPath(context), finding.Line, finding.Column), finding.Message));
                continue;
            }

            try
            {
                rule.Validate(context);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                crashes.Add(Diagnostic.Create(DiagnosticCodes.ValidationRuleFailed, new SourcePosition(context.ApiDefinitionPositions.File, 0, 0),
                    $"The rule {rule.Descriptor.Code} failed on this connector ({exception.GetType().Name}: {exception.Message}); please report it with the file."));
            }
        }

        context.CurrentRule = null;
        return DiagnosticOrder.Sort(Options.ApplyAll(context.Findings.Concat(crashes)));
    }

    private static string ScriptPath(ValidationContext context) => context.ScriptFile ?? DefinitionFiles.Script;

    /// <summary>The script rules' findings by code, looked up or computed once per script content; empty without a script.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<ScriptFinding>> ScriptFindings(ValidationContext context, IReadOnlyList<IScriptRule> scriptRules)
    {
        if (scriptRules.Count == 0 || context.Definition.Script is not { } script)
        {
            return new Dictionary<string, IReadOnlyList<ScriptFinding>>();
        }

        return ScriptCheckCache.Findings(ScriptCheckCache.KeyOf(script), scriptRules, rule => RunAlone(context, rule));
    }

    /// <summary>
    /// Runs a script rule on a context of its own and keeps what it found at places in the script; null when the rule
    /// failed or reported elsewhere, so it is run as usual and nothing is remembered.
    /// </summary>
    private static IReadOnlyList<ScriptFinding>? RunAlone(ValidationContext context, IScriptRule rule)
    {
        var alone = new ValidationContext(context.Definition, context.ApiDefinitionPositions, context.ApiPropertiesPositions, context.ScriptFile, context.IconPosition)
        {
            CurrentRule = rule,
        };
        try
        {
            rule.Validate(alone);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return null;
        }

        var path = ScriptPath(context);
        return alone.Findings.All(f => f.Position.File == path && f.Position.Line > 0 && f.Position.Column > 0 && f.Descriptor == rule.Descriptor)
            ? [.. alone.Findings.Select(f => new ScriptFinding(f.Position.Line, f.Position.Column, f.Message))]
            : null;
    }
}
