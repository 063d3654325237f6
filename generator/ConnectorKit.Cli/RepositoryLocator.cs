namespace ConnectorKit.Cli;

/// <summary>Finds the repository whose <c>connector/</c> model the no-argument commands work on.</summary>
public static class RepositoryLocator
{
    public const string DefaultModelFolder = "connector";

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds <c>connector/connector.yaml</c>.</summary>
    public static string? FindModelRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, DefaultModelFolder, "connector.yaml")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
