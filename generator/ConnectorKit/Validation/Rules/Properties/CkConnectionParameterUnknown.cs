using System.Text.RegularExpressions;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Properties;

/// <summary>
/// Every <c>@connectionParameters('name')</c> expression (in policy parameters, or anywhere in the swagger) names a
/// connection parameter apiProperties defines; otherwise the platform substitutes nothing at run time. Names match
/// ignoring case, as certified connectors that differ only in case show the platform does.
/// </summary>
public sealed partial class CkConnectionParameterUnknown : IValidationRule
{
    public DiagnosticDescriptor Descriptor { get; } = new(nameof(CkConnectionParameterUnknown), "An expression names a connection parameter apiProperties does not define.", Severity.Error);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        if (context.Definition.ApiProperties is null)
        {
            return;
        }

        var known = ConnectionParameters.All(context).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Check(context, DefinitionFileKind.ApiProperties, JsonStrings.Under(context.Definition.ApiProperties, JsonPointer.Root), known);
        Check(context, DefinitionFileKind.ApiDefinition, JsonStrings.Under(context.Definition.ApiDefinition, JsonPointer.Root), known);
    }

    private static void Check(ValidationContext context, DefinitionFileKind file, IEnumerable<(string Value, string Pointer)> strings, HashSet<string> known)
    {
        foreach (var (value, pointer) in strings.Where(s => s.Value.Contains("connectionParameters", StringComparison.Ordinal)))
        {
            foreach (Match match in Reference().Matches(value))
            {
                var name = match.Groups["name"].Value;
                if (!known.Contains(name))
                {
                    context.Report(file, pointer,
                        $"'{match.Value}' names the connection parameter '{name}', which apiProperties does not define.{Suggestions.DidYouMean(name, known)}");
                }
            }
        }
    }

    [GeneratedRegex(@"connectionParameters\(\s*['""](?<name>[^'""]*)['""]\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
