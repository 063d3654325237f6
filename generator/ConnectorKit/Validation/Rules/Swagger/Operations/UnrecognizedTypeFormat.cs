using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Json;
using ConnectorKit.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Validation.Rules.Swagger.Operations;

/// <summary>
/// A <c>format</c> refines a <c>type</c>; the platform knows the formats of Swagger 2.0 plus its own (<c>date-no-tz</c>,
/// <c>html</c>, <c>email</c>, <c>uri</c>, <c>uuid</c>), each for one type. The list is the <c>format</c> enumeration of
/// Microsoft's apiDefinition JSON schema. A warning: unknown formats are shown as plain values, not rejected at run time.
/// </summary>
public sealed class UnrecognizedTypeFormat : IValidationRule
{
    private static readonly Dictionary<string, string[]> TypesOfFormat = new(StringComparer.Ordinal)
    {
        ["int32"] = ["integer"],
        ["int64"] = ["integer"],
        ["float"] = ["number"],
        ["double"] = ["number"],
        ["byte"] = ["string"],
        ["binary"] = ["string"],
        ["date"] = ["string"],
        ["date-time"] = ["string"],
        ["date-no-tz"] = ["string"],
        ["password"] = ["string"],
        ["email"] = ["string"],
        ["html"] = ["string"],
        ["uri"] = ["string"],
        ["uuid"] = ["string"],
    };

    public DiagnosticDescriptor Descriptor { get; } = new(nameof(UnrecognizedTypeFormat), "A type and format pair is not one the platform knows.", Severity.Warning);

    public bool CertificationOnly => false;

    public void Validate(ValidationContext context)
    {
        foreach (var site in TypedSites.All(context.Definition.Swagger))
        {
            if (site.Node.Child("format").StringOrNull() is not { } format)
            {
                continue;
            }

            // A format without a type is left alone: it may sit beside a $ref or describe any value.
            if (site.Type is { } type && (!TypesOfFormat.TryGetValue(format, out var types) || !types.Contains(type, StringComparer.Ordinal)))
            {
                context.Report(DefinitionFileKind.ApiDefinition, site.Member("format"),
                    $"The type/format '{type}/{format}' is not recognised; use one of {string.Join(", ", TypesOfFormat.Select(p => p.Value[0] + "/" + p.Key))}, or drop 'format'.");
            }
        }
    }
}
