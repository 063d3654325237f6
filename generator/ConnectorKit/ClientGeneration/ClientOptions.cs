using ConnectorKit.ClientGeneration.Naming;

namespace ConnectorKit.ClientGeneration;

/// <summary>How to generate a client: its namespace, optional class name, the version stamped into <c>[GeneratedCode]</c>, and whether to add a csproj.</summary>
public sealed record ClientOptions
{
    /// <summary>The version in every <c>[GeneratedCode]</c> attribute. Fixed, so regenerating on another commit gives the same bytes.</summary>
    public const string DefaultGeneratedCodeVersion = "1.0.0";

    /// <summary>The C# namespace of the generated code, such as <c>Contoso.Connector.Client</c>.</summary>
    public required string Namespace { get; init; }

    /// <summary>The client class name; by default the connector's title in PascalCase followed by "Client".</summary>
    public string? ClientName { get; init; }

    public string GeneratedCodeVersion { get; init; } = DefaultGeneratedCodeVersion;

    /// <summary>Also emit a csproj with the package references the generated code needs.</summary>
    public bool IncludeProject { get; init; }

    /// <summary>True when <paramref name="name"/> is a dotted C# namespace of identifiers that are no keywords.</summary>
    public static bool IsValidNamespace(string? name) =>
        !string.IsNullOrEmpty(name) && name.Split('.').All(segment =>
            segment.Length > 0 && CSharpIdentifiers.IsIdentifierStart(segment[0])
            && segment.All(c => CSharpIdentifiers.IsIdentifierStart(c) || char.IsAsciiDigit(c))
            && !CSharpKeywords.IsKeyword(segment));
}
