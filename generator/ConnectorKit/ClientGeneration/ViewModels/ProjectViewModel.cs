namespace ConnectorKit.ClientGeneration.ViewModels;

/// <summary>What the csproj of a generated client names: its root namespace (XML-escaped) and package versions.</summary>
internal sealed record ProjectViewModel(string NamespaceXml, string HttpPackageVersion, string RateLimitingPackageVersion);
