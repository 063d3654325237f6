using ConnectorKit.Diagnostics;
using ConnectorKit.Paths;

namespace ConnectorKit.Definition;

/// <summary>
/// The files of a connector folder (the swagger, apiProperties.json, script.csx, icon.png), read only from inside it.
/// One that is absent is simply not there; one that leads out of the folder through a symbolic link, is a folder, or
/// cannot be read is an error at its path and is not read.
/// </summary>
public sealed class CompanionFiles(string folder, ICollection<Diagnostic> diagnostics)
{
    private readonly ConfinedFolder _folder = new(folder, "the connector folder");

    /// <summary>Whether something goes by this name in the folder (a file, a folder, or a link, even a broken one).</summary>
    public bool Exists(string name)
    {
        var path = Path.Combine(folder, name);
        return File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null;
    }

    /// <summary>The file's bytes; null when it is absent, or (after reporting why) when it may not or cannot be read.</summary>
    public byte[]? Read(string name)
    {
        if (!Exists(name))
        {
            return null;
        }

        var read = _folder.ReadFile(name);
        if (read.Problem is { } problem)
        {
            diagnostics.Add(Diagnostic.Create(problem.Descriptor, new SourcePosition(Path.Combine(folder, name), 0, 0), $"{name} {problem.Reason}."));
        }

        return read.Content;
    }
}
