using ConnectorKit.Model;
using ConnectorKit.Diagnostics;

namespace ConnectorKit.Validation;

/// <summary>
/// How a validation run is configured: whether certification-only rules run, which codes are off, which codes get
/// another severity (null switches a code off), and whether warnings count as errors. Codes match ignoring case.
/// </summary>
public sealed record ValidationOptions
{
    public static ValidationOptions Default { get; } = new();

    /// <summary>The defaults, less the codes the model lists under <c>checks.disable</c>.</summary>
    public static ValidationOptions ForModel(ConnectorModel model) =>
        Default with { DisabledCodes = new HashSet<string>(model.DisabledChecks, StringComparer.OrdinalIgnoreCase) };

    public bool Certification { get; init; }

    public IReadOnlySet<string> DisabledCodes { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, Severity?> SeverityOverrides { get; init; } = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase);

    public bool WarningsAsErrors { get; init; }

    public bool IsEnabled(string code) =>
        !DisabledCodes.Contains(code) && !(SeverityOverrides.TryGetValue(code, out var severity) && severity is null);

    /// <summary>The finding as the options want it reported: null when its code is off, else with its final severity.</summary>
    public Diagnostic? Apply(Diagnostic diagnostic)
    {
        if (!IsEnabled(diagnostic.Code))
        {
            return null;
        }

        var severity = SeverityOverrides.TryGetValue(diagnostic.Code, out var overridden) ? overridden!.Value : diagnostic.Severity;
        if (WarningsAsErrors && severity == Severity.Warning)
        {
            severity = Severity.Error;
        }

        return severity == diagnostic.Severity ? diagnostic : diagnostic with { Severity = severity };
    }

    /// <summary>The findings the options keep, each with its final severity.</summary>
    public IEnumerable<Diagnostic> ApplyAll(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(Apply).OfType<Diagnostic>();
}
