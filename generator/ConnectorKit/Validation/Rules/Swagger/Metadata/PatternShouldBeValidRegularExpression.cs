using System.Text.RegularExpressions;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Metadata;

/// <summary>
/// A <c>pattern</c> must parse as a regular expression. It is parsed with .NET's engine, which accepts the ECMAScript
/// syntax Swagger refers to (and more), so a pattern reported here is broken for both.
/// </summary>
public sealed class PatternShouldBeValidRegularExpression : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(PatternShouldBeValidRegularExpression), "A 'pattern' is not a valid regular expression.", Severity.Warning);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var site in TypedSites.All(context.Definition.Swagger))
        {
            if (site.Node.Child("pattern").StringOrNull() is { } pattern && Problem(pattern) is { } problem)
            {
                context.ReportSwagger(site.Member("pattern"), $"The pattern is not a valid regular expression: {problem}");
            }
        }
    }

    private static string? Problem(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            return null;
        }
        catch (ArgumentException exception)
        {
            return exception.Message;
        }
    }
}
