namespace ConnectorKit.TestSupport;

/// <summary>Symbolic links made by tests, in the temporary folders they delete; compiled into every test project.</summary>
public static class SymbolicLinks
{
    /// <summary>Creates the link, or skips the test where the system does not let the user create links.</summary>
    public static string Create(string path, string target, bool toFolder)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            if (toFolder)
            {
                Directory.CreateSymbolicLink(path, target);
            }
            else
            {
                File.CreateSymbolicLink(path, target);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Assert.Skip($"This system does not let the test create a symbolic link ({exception.Message}).");
        }

        return path;
    }
}
