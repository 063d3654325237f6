using System.Reflection;

namespace ConnectorKit.Reporting;

/// <summary>How reports name the tool, its version and where its documentation lives.</summary>
public static class ToolInfo
{
    public const string Name = "ConnectorKit";

    /// <summary>The project's home; SARIF viewers link the tool and each rule to it. Change it in one place when the project moves.</summary>
    public const string RepositoryUri = "https://github.com/connectorkit/connectorkit";

    public const string ValidatorDocsUri = RepositoryUri + "/blob/main/docs/validator.md";

    /// <summary>
    /// The library's informational version without the source revision the SDK appends (<c>1.0.0+abc123</c>), so the
    /// same release reports the same version from every commit.
    /// </summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var informational = typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
