namespace ConnectorKit.Cli;

/// <summary>
/// Where the command line keeps the script check cache (see ConnectorKit's ScriptCheckCache): CONNECTORKIT_CACHE_DIR
/// when it is an absolute path, else the user's cache folder (XDG_CACHE_HOME or ~/.cache on Linux, ~/Library/Caches
/// on macOS, the local application data folder on Windows), under <c>connectorkit/script-checks</c>. Never a folder
/// of the connector being read: those may be read-only or shared, and a model must not bring its own cache.
/// CONNECTORKIT_NO_CACHE=1 keeps the cache in memory only.
/// </summary>
internal static class ScriptCheckCacheLocation
{
    public const string FolderVariable = "CONNECTORKIT_CACHE_DIR";
    public const string OffVariable = "CONNECTORKIT_NO_CACHE";

    /// <summary>The folder, or null when the cache is switched off or no absolute user folder is known.</summary>
    public static string? Resolve(Func<string, string?> variable)
    {
        if (variable(OffVariable) is "1" or "true")
        {
            return null;
        }

        if (Absolute(variable(FolderVariable)) is { } chosen)
        {
            return chosen;
        }

        var userCache = OperatingSystem.IsWindows() ? Absolute(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData))
            : OperatingSystem.IsMacOS() ? Absolute(variable("HOME")) is { } macHome ? Path.Combine(macHome, "Library", "Caches") : null
            : Absolute(variable("XDG_CACHE_HOME")) ?? (Absolute(variable("HOME")) is { } home ? Path.Combine(home, ".cache") : null);
        return userCache is null ? null : Path.Combine(userCache, "connectorkit", "script-checks");
    }

    private static string? Absolute(string? path) => !string.IsNullOrWhiteSpace(path) && Path.IsPathFullyQualified(path) ? path : null;
}
