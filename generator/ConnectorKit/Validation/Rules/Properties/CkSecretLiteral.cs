using System.Text.RegularExpressions;
using ConnectorKit.Diagnostics;
using ConnectorKit.Hints;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Properties;

/// <summary>
/// A client secret is never written into apiProperties: the file is shared (and public for certified connectors), so
/// <c>clientSecret</c> is absent, empty or a placeholder such as <c>[[DUMMY]]</c>.
/// </summary>
public sealed partial class CkSecretLiteral : IValidationRule
{
    private static readonly KeyFix RemoveSecret = KeyFix.Remove("oAuthSettings/clientSecret").InApiProperties();

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkSecretLiteral), "OAuth settings hold what looks like a real client secret.", Severity.Error);

    public bool CertificationOnly => false;

    public IReadOnlyList<KeyFix> Fixes => [RemoveSecret];

    public string? Notes => "Placeholders: empty, double-bracketed, angle-bracketed or braced text, or text naming a placeholder (dummy, placeholder, secret, your, xxx).";

    public void Validate(ValidationContext context)
    {
        foreach (var (settings, pointer, parameter) in ConnectionParameters.OAuthSettings(context))
        {
            if (settings.Child("clientSecret").StringOrNull() is { } secret && !IsPlaceholder(secret))
            {
                context.Report(RemoveSecret.At(JsonPointer.Parent(pointer)!), hint =>
                    $"The OAuth settings of '{parameter}' hold a literal client secret; {hint} or write a placeholder, and enter the secret in the portal.");
            }
        }
    }

    public static bool IsPlaceholder(string value) => value.Trim().Length == 0 || Placeholder().IsMatch(value.Trim());

    [GeneratedRegex(@"^(\[\[.*\]\]|<.*>|\{.*\})$|dummy|placeholder|secret|your|xxx|\*\*\*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
