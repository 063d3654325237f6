using System.Text.Json;
using ConnectorKit.Emitting;
using ConnectorKit.Icons;
using ConnectorKit.Model.Schema;
using ConnectorKit.Templates;
using ConnectorKit.Validation.Rules.Certification;

namespace ConnectorKit.Scaffolding;

/// <summary>
/// Writes a new connector model (what <c>connectorkit init</c> creates): connector.yaml with an action pair, the chosen
/// authentication and triggers (a webhook with its unsubscribe operation, a polling trigger), optional custom code,
/// a readme section, the model's JSON schema for editors and a drawn icon. Every file comes from the templates in
/// Scaffolding/Templates; the result generates and passes <c>validate --certification</c> with no finding.
/// </summary>
public static class ConnectorScaffolder
{
    public const string SchemaFileName = "connector-model.schema.json";

    private static readonly TemplateSet Templates = new(typeof(ConnectorScaffolder).Assembly, "ConnectorKit.Scaffolding.Templates.", "init");

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Why a name cannot be a connector's title, or null when it can.</summary>
    public static string? NameProblem(string name)
    {
        if (name.Length is 0 || name.Trim() != name)
        {
            return "the name is the connector's title: give it without spaces around it";
        }

        if (name.Length > CertificationText.TitleMaxLength)
        {
            return $"the name is the connector's title, which certification allows at most {CertificationText.TitleMaxLength} characters ({name.Length} given)";
        }

        if (!name.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '.' or '&' or '(' or ')'))
        {
            return "the name is the connector's title: use letters, digits, spaces and - . & ( ) only";
        }

        if (!char.IsLetter(name[0]) || !CertificationText.EndsAlphanumeric(name))
        {
            return "the name is the connector's title: start it with a letter and end it with a letter or digit";
        }

        return CertificationText.RestrictedWords(name) is { Count: > 0 } words
            ? $"the name is the connector's title, which certification does not allow to contain {string.Join(", ", words.Select(w => $"'{w}'"))}"
            : null;
    }

    /// <summary>Why a host cannot be the API's host, or null when it can.</summary>
    public static string? HostProblem(string host) =>
        Uri.CheckHostName(host) is UriHostNameType.Dns && host.Contains('.', StringComparison.Ordinal)
            ? null
            : "the host is a DNS name such as api.contoso.com, without a scheme, a port or a path";

    /// <summary>Why a publisher name cannot be used, or null when it can.</summary>
    public static string? PublisherProblem(string publisher) =>
        publisher.Length > 0 && publisher.Trim() == publisher && publisher.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '.' or '&')
            ? null
            : "the publisher is a company or person name of letters, digits, spaces and - . &";

    public static IReadOnlyList<GeneratedFile> Scaffold(ScaffoldOptions options)
    {
        var model = ViewModel(options);
        var files = new List<GeneratedFile>
        {
            GeneratedFile.FromText("connector.yaml", Templates.Render("Connector", model)),
            GeneratedFile.FromText(SchemaFileName, ConnectorModelSchema.Text),
            new("icon.png", StarterIcon.Draw(Rgb.Parse(model.BrandColor)!.Value)),
        };
        if (options.Script)
        {
            files.Add(GeneratedFile.FromText("script.csx", Templates.Render("Script", model)));
        }

        return [.. files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }

    private static ScaffoldViewModel ViewModel(ScaffoldOptions options)
    {
        var name = options.Name;
        var publisher = options.Publisher ?? name.Split(' ')[0];
        var triggers = options.Webhook || options.Polling;
        var partial = new ScaffoldViewModel
        {
            Name = name,
            NameYaml = Quote(name),
            DescriptionYaml = Folded($"{name} connects flows and apps to the {name} service: list and read its items"
                + (triggers ? ", and start flows when items are created." : ".")),
            SignInYaml = Quote($"{name} sign-in"),
            Host = options.Host,
            Domain = options.Host.StartsWith("api.", StringComparison.Ordinal) ? options.Host["api.".Length..] : options.Host,
            PublisherYaml = Quote(publisher),
            BrandColor = StarterIcon.BrandColourFor(name),
            Capabilities = triggers ? "actions, triggers" : "actions",
            Auth = string.Empty,
            Webhook = options.Webhook,
            Polling = options.Polling,
            Script = options.Script,
            Prerequisites = Block($"An account of the {name} service with access to its items."),
            Credentials = options.Auth == ScaffoldAuth.None ? string.Empty : Block(Credentials(options.Auth, name)),
            KnownIssues = Block("This connector is new: no issues are known yet."),
        };
        return partial with { Auth = AuthTemplate(options.Auth) is { } template ? Templates.Render(template, partial).TrimEnd('\n') : string.Empty };
    }

    private static string? AuthTemplate(ScaffoldAuth auth) => auth switch
    {
        ScaffoldAuth.ApiKey => "AuthApiKey",
        ScaffoldAuth.Basic => "AuthBasic",
        ScaffoldAuth.OAuthAad => "AuthOAuthAad",
        ScaffoldAuth.OAuth2 => "AuthOAuth2",
        ScaffoldAuth.OAuth2Generic => "AuthOAuth2Generic",
        ScaffoldAuth.AadCertificate => "AuthAadCertificate",
        _ => null,
    };

    private static string Credentials(ScaffoldAuth auth, string name) => auth switch
    {
        ScaffoldAuth.ApiKey => $"Sign in to your {name} account, create an API key in its settings, and paste it into the connection.",
        ScaffoldAuth.Basic => $"Enter the user name and password of your {name} account when you create the connection.",
        ScaffoldAuth.OAuthAad or ScaffoldAuth.AadCertificate =>
            $"Sign in with your work account when you create the connection; an administrator of your tenant may need to consent to the connector once.",
        _ => $"Sign in with your {name} account when you create the connection; nothing is to be obtained beforehand.",
    };

    /// <summary>A YAML double-quoted scalar (JSON's string syntax is valid YAML).</summary>
    private static string Quote(string text) => JsonSerializer.Serialize(text, Json);

    /// <summary>A folded block scalar (<c>&gt;-</c>) under a key indented by two spaces, its words wrapped before column 100.</summary>
    private static string Folded(string text)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > 94)
            {
                lines.Add(line);
                line = string.Empty;
            }

            line = line.Length == 0 ? word : $"{line} {word}";
        }

        lines.Add(line);
        return ">-\n" + Block(string.Join('\n', lines));
    }

    /// <summary>Text as the lines of a block scalar under a key indented by two spaces.</summary>
    private static string Block(string text) => string.Join('\n', text.Split('\n').Select(line => "    " + line));
}
