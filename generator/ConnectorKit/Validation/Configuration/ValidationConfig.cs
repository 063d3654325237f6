using ConnectorKit.Diagnostics;

namespace ConnectorKit.Validation.Configuration;

/// <summary>
/// The content of a <c>connectorkit.validation.json</c>: codes to switch off, severities to change (null: off), and
/// whether certification rules run. The command line adds to it: its <c>--disable</c> and <c>--certification</c> only
/// ever switch more on or off.
/// </summary>
public sealed record ValidationConfig(
    IReadOnlyList<string> Disable,
    IReadOnlyDictionary<string, Severity?> Severity,
    bool? Certification)
{
    public const string FileName = "connectorkit.validation.json";

    public static ValidationConfig Empty { get; } = new([], new Dictionary<string, Severity?>(), null);

    /// <summary>The configuration file the folder of <paramref name="path"/> holds, else the one of the current folder, else null.</summary>
    public static string? Find(string path, string currentDirectory)
    {
        var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path));
        return new[] { folder, currentDirectory }
            .OfType<string>()
            .Select(f => Path.Combine(f, FileName))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>The options of the command line with this configuration added.</summary>
    public ValidationOptions ApplyTo(ValidationOptions options)
    {
        var overrides = new Dictionary<string, Severity?>(Severity, StringComparer.OrdinalIgnoreCase);
        foreach (var (code, severity) in options.SeverityOverrides)
        {
            overrides[code] = severity;
        }

        return options with
        {
            Certification = options.Certification || Certification == true,
            DisabledCodes = new HashSet<string>(options.DisabledCodes.Concat(Disable), StringComparer.OrdinalIgnoreCase),
            SeverityOverrides = overrides,
        };
    }
}
