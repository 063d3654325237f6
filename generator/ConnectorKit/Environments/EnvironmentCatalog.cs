namespace ConnectorKit.Environments;

/// <summary>
/// Where a model keeps its environments: one YAML file per environment in <c>environments/</c> of the model folder.
/// The model loader does not read that folder; the environment chosen with <c>--environment NAME</c> is read on its own
/// and laid over the loaded model.
/// </summary>
public static class EnvironmentCatalog
{
    public const string FolderName = "environments";

    /// <summary>The environments of the model folder, by name, in ordinal order.</summary>
    public static IReadOnlyList<string> Names(string modelFolder)
    {
        var folder = Path.Combine(modelFolder, FolderName);
        return Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>The relative path of an environment's file inside the model folder (forward slashes).</summary>
    public static string RelativePathOf(string name) => $"{FolderName}/{name}.yaml";

    /// <summary>Whether a name can be a file name on every system: letters, digits, '-', '_' and '.', not starting with '.'.</summary>
    public static bool IsValidName(string name) =>
        name.Length > 0 && name[0] != '.' && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
