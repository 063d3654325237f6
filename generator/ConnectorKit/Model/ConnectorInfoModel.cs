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

    public string? Website { get; init; }

    public string? PrivacyPolicy { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

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

    /// <summary>The swagger root <c>tags</c>: name and description of each.</summary>
    public IReadOnlyList<TagModel> Tags { get; init; } = [];

    /// <summary>Keys written verbatim at the end of <c>info</c>.</summary>
    public RawJson? InfoExtensions { get; init; }

    public required SourcePosition Position { get; init; }

    /// <summary>The root sections <c>empty:</c> may name.</summary>
    public static readonly IReadOnlyList<string> EmptiableSections = ["definitions", "parameters", "responses", "security", "tags"];
}

/// <summary>A swagger tag: operations name it in their <c>tags</c>.</summary>
public sealed record TagModel(string Name, string? Description, SourcePosition Position);

public sealed record ContactModel(string? Name, string? Url, string? Email, SourcePosition Position);
