using ConnectorKit.Diagnostics;

namespace ConnectorKit.Model;

/// <summary>The <c>connector:</c> section: identity, host and listing metadata.</summary>
public sealed record ConnectorInfoModel
{
    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string Version { get; init; }

    /// <summary>Connector status (Preview, Production) for <c>info.x-ms-api-annotation.status</c>.</summary>
    public string? Status { get; init; }

    /// <summary>The API host; null (the model's explicit <c>host: null</c>) writes no <c>host</c>.</summary>
    public required string? Host { get; init; }

    public string? BasePath { get; init; }

    public IReadOnlyList<string> Schemes { get; init; } = ["https"];

    /// <summary>The media types of the root <c>consumes</c>: default application/json; null writes no key, an empty list <c>[]</c>.</summary>
    public IReadOnlyList<string>? Consumes { get; init; } = [DefaultMediaType];

    /// <summary>The media types of the root <c>produces</c>, as <see cref="Consumes"/>.</summary>
    public IReadOnlyList<string>? Produces { get; init; } = [DefaultMediaType];

    public const string DefaultMediaType = "application/json";

    public ContactModel? Contact { get; init; }

    /// <summary>info <c>termsOfService</c>: the address (or words) of the API's terms.</summary>
    public string? TermsOfService { get; init; }

    /// <summary>info <c>license</c>.</summary>
    public LicenseModel? License { get; init; }

    /// <summary>info <c>x-ms-keywords</c>: words that find the connector in search; empty writes none.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>info <c>x-ms-deployment-version</c>.</summary>
    public string? DeploymentVersion { get; init; }

    /// <summary>info <c>x-ms-openai-published-to-copilots</c>: the Copilots the connector is published to.</summary>
    public PublishedToCopilotsModel? PublishedToCopilots { get; init; }

    public string? Website { get; init; }

    public string? PrivacyPolicy { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Further <c>x-ms-connector-metadata</c> entries (e.g. <c>Security policy</c>), in order.</summary>
    public IReadOnlyList<MetadataEntryModel> Metadata { get; init; } = [];

    /// <summary>
    /// The <c>x-ms-connector-metadata</c> names in the order written, when they differ from the platform's (Website,
    /// Privacy policy, Categories, then <see cref="Metadata"/>): each names a typed entry ignoring case and gives its
    /// spelling, or names one of <see cref="Metadata"/>. Empty: the platform's names and order.
    /// </summary>
    public IReadOnlyList<string> MetadataNames { get; init; } = [];

    /// <summary>apiProperties <c>iconBrandColor</c>, e.g. <c>#0b556a</c>.</summary>
    public string? BrandColor { get; init; }

    /// <summary>An icon file relative to the model folder, copied beside the artifacts and named in settings.json.</summary>
    public ModelPath? Icon { get; init; }

    public string? Publisher { get; init; }

    public string? StackOwner { get; init; }

    /// <summary>apiProperties <c>capabilities</c> (e.g. actions, triggers); null (an explicit null) writes no key.</summary>
    public IReadOnlyList<string>? Capabilities { get; init; } = [];

    /// <summary>Whether a connector without auth still gets <c>securityDefinitions: {}</c> (the platform's tools write it).</summary>
    public bool EmptySecurityDefinitions { get; init; } = true;

    /// <summary>Whether a connector without connection parameters still gets <c>connectionParameters: {}</c>.</summary>
    public bool EmptyConnectionParameters { get; init; } = true;

    /// <summary>The swagger root sections written empty when the model has nothing for them (<c>empty: [definitions, tags]</c>).</summary>
    public IReadOnlyList<string> Empty { get; init; } = [];

    /// <summary>Paths written as empty path items (<c>{}</c>): routes listed without any operation.</summary>
    public IReadOnlyList<string> EmptyPaths { get; init; } = [];

    /// <summary>The swagger root <c>tags</c>: name and description of each.</summary>
    public IReadOnlyList<TagModel> Tags { get; init; } = [];

    /// <summary>The root <c>externalDocs</c>: a page that tells more about the API.</summary>
    public ExternalDocsModel? ExternalDocs { get; init; }

    /// <summary>The root <c>x-ms-capabilities.testConnection</c>: what the platform calls to test one.</summary>
    public TestConnectionModel? TestConnection { get; init; }

    /// <summary>The root <c>x-ms-openai-manifest</c>: how the connector presents itself as a Copilot plugin.</summary>
    public OpenAiManifestModel? OpenAiManifest { get; init; }

    /// <summary>The root <c>x-components</c>: what an OpenAPI 3 conversion left behind, kept as written.</summary>
    public RawJson? OpenApiComponents { get; init; }

    /// <summary>Keys written verbatim at the end of <c>info</c>.</summary>
    public RawJson? InfoExtensions { get; init; }

    public required SourcePosition Position { get; init; }

    /// <summary>The root sections <c>empty:</c> may name.</summary>
    public static readonly IReadOnlyList<string> EmptiableSections = ["definitions", "parameters", "responses", "security", "tags"];
}

/// <summary>A swagger tag: operations name it in their <c>tags</c>.</summary>
public sealed record TagModel(string Name, string? Description, SourcePosition Position);

public sealed record ContactModel(string? Name, string? Url, string? Email, SourcePosition Position);

/// <summary>info <c>license</c>: its name and maybe the address of its text.</summary>
public sealed record LicenseModel(string Name, string? Url, SourcePosition Position);

/// <summary>One <c>x-ms-connector-metadata</c> entry beyond website, privacy policy and categories.</summary>
public sealed record MetadataEntryModel(string Name, string Value, SourcePosition Position);

/// <summary>
/// <c>x-ms-openai-published-to-copilots</c>: each Copilot's name and whether the connector is enabled in it, written
/// as one object when <see cref="Single"/> (as some connectors do), else as a list.
/// </summary>
public sealed record PublishedToCopilotsModel(
    IReadOnlyList<CopilotModel> Copilots, bool Single, SourcePosition Position);

/// <summary>A Copilot the connector is published to: <c>AICopilotName</c>, <c>AICopilot-enabled</c>.</summary>
public sealed record CopilotModel(string Name, bool Enabled, SourcePosition Position);

/// <summary>An <c>externalDocs</c> (the root's, an operation's): a description and the page's address.</summary>
public sealed record ExternalDocsModel(string? Description, string Url, SourcePosition Position);

/// <summary>The connection test: an operation id and maybe its parameters (written as given).</summary>
public sealed record TestConnectionModel(string Operation, RawJson? Parameters, SourcePosition Position);

/// <summary>The Copilot plugin manifest: its name, what the model is told of it, a contact, legal terms.</summary>
public sealed record OpenAiManifestModel(
    string? HumanName, string? ModelDescription, string? ContactEmail, string? LegalUrl, SourcePosition Position);
