using ConnectorKit.Validation;

namespace ConnectorKit.Reporting;

/// <summary>
/// Where a code is explained: Microsoft's page for the Swagger Validator's codes, else the code's row in
/// docs/validator.md, whose anchors are the codes in lower case.
/// </summary>
public static class HelpLinks
{
    public static string UriOf(string code) =>
        MicrosoftRuleCodes.Contains(code) ? MicrosoftRuleCodes.HelpUri : $"{ToolInfo.ValidatorDocsUri}#{AnchorOf(code)}";

    public static string AnchorOf(string code) => code.ToLowerInvariant();
}
