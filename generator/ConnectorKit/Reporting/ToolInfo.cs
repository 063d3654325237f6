using System.Reflection;

namespace ConnectorKit.Reporting;

/// <summary>How reports name the tool and its version.</summary>
public static class ToolInfo
{
    public const string Name = "ConnectorKit";

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
