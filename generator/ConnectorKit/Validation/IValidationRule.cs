using ConnectorKit.Diagnostics;
using ConnectorKit.Hints;

namespace ConnectorKit.Validation;

/// <summary>
/// One validation rule. The class name is the rule's code (Microsoft's Swagger Validator code, or one of ours), so a
/// user who searches for a code finds both Microsoft's explanation and the class.
/// </summary>
public interface IValidationRule
{
    DiagnosticDescriptor Descriptor { get; }

    /// <summary>Runs only with <c>--certification</c>.</summary>
    bool CertificationOnly { get; }

    /// <summary>
    /// What the rule table of docs/validator.md says beside the code, such as the limit the rule applies and whether
    /// Microsoft documents it or it was chosen from the corpus; null when there is nothing to add.
    /// </summary>
    string? Notes => null;

    /// <summary>
    /// The fixes the rule's messages end with, each stated as the key to add, set or remove; the validator words them
    /// in the input's terms (model keys for a model). A rule reports a fix only through
    /// <see cref="ValidationContext.Report(PlacedFix, Func{string, string})"/>, and only one listed here.
    /// </summary>
    IReadOnlyList<KeyFix> Fixes => [];

    /// <summary>Reports each finding through <paramref name="context"/>. Rules are created once and must keep no state between runs.</summary>
    void Validate(ValidationContext context);
}
