using System.Text;
using ConnectorKit.Diagnostics;
using ConnectorKit.Loading;
using ConnectorKit.Paths;

namespace ConnectorKit.Environments;

/// <summary>
/// Reads <c>environments/NAME.yaml</c> of a model folder (only from inside it), checking each value's form where it is
/// written: an unknown key (CK1002, with the nearest key), a missing environment id (CK1004), a value of the wrong
/// form (CK1005).
/// </summary>
public static class EnvironmentOverlayReader
{
    public const string DefaultSecretVariable = "CONNECTORKIT_CLIENT_SECRET";

    private static readonly string[] Keys =
        ["environment", "connectorId", "host", "titleSuffix", "brandColor", "clientId", "resource", "clientSecretVariable", "solution"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static EnvironmentOverlay? Read(string modelFolder, string name, DiagnosticBag diagnostics)
    {
        var relative = EnvironmentCatalog.RelativePathOf(name);
        var file = Path.Combine(modelFolder, relative).Replace('\\', '/');
        var known = EnvironmentCatalog.Names(modelFolder);
        if (!EnvironmentCatalog.IsValidName(name) || !known.Contains(name, StringComparer.Ordinal))
        {
            var choices = known.Count == 0
                ? $"the model has no {EnvironmentCatalog.FolderName}/ folder; add {relative} (see 'connectorkit help environments')."
                : $"the environments are {string.Join(", ", known)}.{Suggestions.DidYouMean(name, known)}";
            diagnostics.Add(DiagnosticCodes.UnknownEnvironment, new SourcePosition(file, 0, 0), $"There is no environment '{name}': {choices}");
            return null;
        }

        var read = new ConfinedFolder(modelFolder, "the model folder").ReadFile(relative);
        if (read.Problem is { } problem)
        {
            diagnostics.Add(problem.Descriptor, new SourcePosition(file, 0, 0), $"The file {problem.Reason}.");
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(read.Content!).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(DiagnosticCodes.InvalidEncoding, new SourcePosition(file, 1, 1), "The file is not valid UTF-8; save it as UTF-8.");
            return null;
        }

        var context = new LoadContext();
        var overlay = YamlTreeParser.Parse(text, file, context.Diagnostics) is { } root ? Read(root, name, file, context) : null;
        diagnostics.AddRange(context.Diagnostics.Sorted());
        return context.Diagnostics.HasErrors ? null : overlay;
    }

    private static EnvironmentOverlay? Read(SourceNode root, string name, string file, LoadContext context)
    {
        if (MappingReader.Open(root, $"the environment '{name}'", Keys, context, required: true) is not { } map)
        {
            return null;
        }

        var environmentId = Value(map, "environment", required: true);
        var overlay = new EnvironmentOverlay
        {
            Name = name,
            File = file,
            EnvironmentId = environmentId ?? new OverlayValue(string.Empty, map.Position),
            ConnectorId = Value(map, "connectorId"),
            Host = Value(map, "host"),
            TitleSuffix = Value(map, "titleSuffix"),
            BrandColor = Value(map, "brandColor"),
            ClientId = Value(map, "clientId"),
            Resource = Value(map, "resource"),
            ClientSecretVariable = Value(map, "clientSecretVariable"),
            Solution = Value(map, "solution"),
        };

        Check(overlay.EnvironmentId, context, v => Guid.TryParseExact(v, "D", out _),
            "The environment id is the GUID of a Power Platform environment (the admin center shows it), such as 8f2c1b7e-4c1d-4f6b-9a53-2b7f0c6d9e11.");
        Check(overlay.Host, context, IsHost, "The host is a host name with an optional port, without a scheme or a path, such as api.contoso.com.");
        Check(overlay.BrandColor, context, v => Icons.Rgb.Parse(v) is not null, "The brand colour is written #rrggbb, such as \"#0b556a\" (quote it: # starts a YAML comment).");
        Check(overlay.Resource, context, v => Uri.TryCreate(v, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "api",
            "The resource is the absolute URI of the API's Microsoft Entra ID application, such as https://api.contoso.com or api://1b2c3d4e-....");
        Check(overlay.ClientId, context, v => v.Trim().Length == v.Length && v.Length > 0 && !v.StartsWith("[[", StringComparison.Ordinal),
            "The client id is the real id of the OAuth application in this environment, not a [[...]] placeholder and without spaces around it.");
        Check(overlay.ClientSecretVariable, context, IsVariableName,
            "The client secret variable is the name of an environment variable (letters, digits and '_', not starting with a digit); the secret itself never goes in a file.");
        Check(overlay.ConnectorId, context, v => v.Length > 0 && !v.Any(char.IsWhiteSpace), "The connector id is the id paconn or pac printed when the connector was created, without spaces.");
        return environmentId is null ? null : overlay;
    }

    private static OverlayValue? Value(MappingReader map, string key, bool required = false) =>
        map.Scalar(key, required) is { } scalar ? new OverlayValue(scalar.Text, scalar.Position) : null;

    private static void Check(OverlayValue? value, LoadContext context, Func<string, bool> isValid, string rule)
    {
        if (value is not null && !isValid(value.Text))
        {
            context.Report(DiagnosticCodes.InvalidValue, value.Position, $"'{value.Text}' is not valid here. {rule}");
        }
    }

    private static bool IsHost(string value) =>
        value.Length > 0 && !value.Contains("://", StringComparison.Ordinal) && !value.Contains('/') && Uri.CheckHostName(value.Split(':')[0]) != UriHostNameType.Unknown;

    private static bool IsVariableName(string value) =>
        value.Length > 0 && !char.IsAsciiDigit(value[0]) && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
