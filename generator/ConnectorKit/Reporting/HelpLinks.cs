using ConnectorKit.Validation;

namespace ConnectorKit.Reporting;

/// <summary>
/// Where a code is explained. Microsoft's codes have Microsoft's public page; the toolkit's own codes are explained by
/// the tool itself (<c>connectorkit help validator</c> prints docs/validator.md, whose anchors are the codes in lower
/// case), so a report never links to a page an installed tool cannot vouch for.
/// </summary>
public static class HelpLinks
{
    /// <summary>The command that prints the rule table explaining the toolkit's own codes.</summary>
    public const string ValidatorHelpCommand = "connectorkit help validator";

    /// <summary>Microsoft's page for one of Microsoft's codes; null for the toolkit's own.</summary>
    public static string? UriOf(string code) => MicrosoftRuleCodes.Contains(code) ? MicrosoftRuleCodes.HelpUri : null;

    /// <summary>Where to read about a code, as a sentence.</summary>
    public static string HelpTextOf(string code) => UriOf(code) is { } uri
        ? $"See Microsoft's explanation of {code}: {uri}"
        : $"Run '{ValidatorHelpCommand}' and look for {code} in the rule table.";

    public static string AnchorOf(string code) => code.ToLowerInvariant();
}
