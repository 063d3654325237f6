using System.Text.RegularExpressions;

namespace ConnectorKit.Tests.Schemas;

/// <summary>A place where Microsoft's schema rejects what the platform accepts: the file, a path pattern, the kind of finding, and why.</summary>
public sealed record SchemaLag(ConnectorFileKind File, Regex Path, string Kind, string Reason);

/// <summary>
/// The one list of known lags of Microsoft's JSON schemas behind the platform, and the one rule that applies them.
/// Each entry is as narrow as it can be: one file, one path, one kind of finding.
/// </summary>
public static class KnownSchemaLags
{
    public static IReadOnlyList<SchemaLag> All { get; } =
    [
        new(
            ConnectorFileKind.ApiProperties,
            new Regex(@"^#/properties\.connectionParameters\.[^.]+\.oAuthSettings\.redirectMode$", RegexOptions.CultureInvariant),
            "NotInEnumeration",
            "redirectMode: GlobalPerConnector is required for new custom connectors since 2024; the schema predates it."),
        new(
            ConnectorFileKind.ApiProperties,
            new Regex(@"^#/properties\.scriptOperations$", RegexOptions.CultureInvariant),
            "NoAdditionalPropertiesAllowed",
            "scriptOperations lists the operations custom code handles; the schema predates custom code."),
        new(
            ConnectorFileKind.Settings,
            new Regex(@"^#/script$", RegexOptions.CultureInvariant),
            "NoAdditionalPropertiesAllowed",
            "paconn reads the custom code file from settings.json's script key; the schema predates custom code."),
    ];

    /// <summary>
    /// Whether known lags explain <paramref name="finding"/>: a plain finding when a lag matches it; a finding about
    /// subschemas when, for one of the subschemas tried, every finding is explained (the value would pass but for
    /// the lags).
    /// </summary>
    public static bool Explain(ConnectorFileKind file, SchemaFinding finding) =>
        finding.Branches.Count == 0
            ? All.Any(lag => lag.File == file && string.Equals(lag.Kind, finding.Kind, StringComparison.Ordinal) && lag.Path.IsMatch(finding.Path))
            : finding.Branches.Any(branch => branch.Count > 0 && branch.All(inner => Explain(file, inner)));
}
