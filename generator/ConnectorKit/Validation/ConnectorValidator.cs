using ConnectorKit.Diagnostics;

namespace ConnectorKit.Validation;

/// <summary>
/// Runs the rules of <see cref="RuleCatalogue"/> that the options switch on over one connector definition. A rule that
/// throws becomes a finding (a bug of ours must never hide the other rules' findings nor crash the run).
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
        var crashes = new List<Diagnostic>();
        foreach (var rule in ActiveRules)
        {
            context.CurrentRule = rule;
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
}
