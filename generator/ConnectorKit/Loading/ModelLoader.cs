using System.IO.Enumeration;
using System.Text;
using ConnectorKit.Diagnostics;
using ConnectorKit.Environments;
using ConnectorKit.Paths;

namespace ConnectorKit.Loading;

/// <summary>
/// Loads the YAML model of a connector from its folder: <c>connector.yaml</c> first, then every other <c>*.yaml</c> /
/// <c>*.yml</c> below the folder in ordinal order of relative path, except the <c>environments/</c> folder beside
/// <c>connector.yaml</c>, whose files are not part of the model but laid over it one at a time (see
/// ConnectorKit.Environments). Every problem of every file is reported in one run.
/// </summary>
public static class ModelLoader
{
    private const string MainFile = "connector.yaml";
    private const string EnvironmentsFolder = EnvironmentCatalog.FolderName;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Hidden files count too (what is read must not depend on the operating system); unreadable folders are skipped.
    private static readonly EnumerationOptions AllFiles = new() { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };

    public static ModelLoadResult Load(string folder)
    {
        var context = new LoadContext();
        if (!File.Exists(Path.Combine(folder, MainFile)))
        {
            return NoMainFile(folder, context);
        }

        var confined = new ConfinedFolder(folder, "the model folder");
        return Load(folder, ModelFiles(confined, context), relativePath => ReadText(confined, relativePath, DisplayName(folder, relativePath), context), context);
    }

    /// <summary>
    /// Loads a model held in memory (an import not yet written) as if its files were in <paramref name="folder"/>,
    /// which is where the files the model names (the script, the icon) are read from.
    /// </summary>
    public static ModelLoadResult Load(string folder, IReadOnlyList<ModelSourceFile> files)
    {
        var context = new LoadContext();
        var texts = files.ToDictionary(f => f.RelativePath, f => f.Text, StringComparer.Ordinal);
        if (!texts.ContainsKey(MainFile))
        {
            return NoMainFile(folder, context);
        }

        var others = texts.Keys.Where(IsModelFile).Where(relative => relative != MainFile && !relative.StartsWith(EnvironmentsFolder + "/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        return Load(folder, others.Prepend(MainFile), relativePath => texts[relativePath].TrimStart('\uFEFF'), context);
    }

    private static ModelLoadResult NoMainFile(string folder, LoadContext context)
    {
        context.Report(DiagnosticCodes.FileNotFound, new SourcePosition(DisplayName(folder, MainFile), 0, 0), $"The model folder has no {MainFile}.");
        return new ModelLoadResult(null, context.Diagnostics.Sorted());
    }

    private static ModelLoadResult Load(string folder, IEnumerable<string> relativePaths, Func<string, string?> readText, LoadContext context)
    {
        var mainFile = DisplayName(folder, MainFile);
        var model = new ModelAccumulator(context);
        var roots = relativePaths.Select(relativePath => ParseFile(DisplayName(folder, relativePath), readText(relativePath), context)).ToList();
        var allRead = roots.All(root => root is not null);
        // Parameters and one-line properties read by connector-wide settings, whichever file holds the connector section.
        ModelWideSettings.Apply(roots.OfType<SourceNode>(), context);
        foreach (var root in roots.OfType<SourceNode>())
        {
            ModelFileReader.Read(root, model, context);
        }

        // A file that could not be read may hold the section, so its absence counts only when every file was read.
        if (allRead && !model.HasConnectorSection)
        {
            context.Report(DiagnosticCodes.MissingKey, new SourcePosition(mainFile, 1, 1), "Required section 'connector' is missing in the model.", required: true);
        }

        var result = context.Incomplete ? null : model.Build(Path.GetFullPath(folder));
        return new ModelLoadResult(result, context.Diagnostics.Sorted());
    }

    /// <summary>
    /// Relative paths with forward slashes: connector.yaml, then the other YAML files ordinally. Linked folders are not
    /// entered (one that leads inside is read where it really is; one that leads out is reported and not read); a
    /// linked file is checked when it is read.
    /// </summary>
    private static IEnumerable<string> ModelFiles(ConfinedFolder folder, LoadContext context)
    {
        var entries = new FileSystemEnumerable<(string Path, bool IsFolder)>(
            folder.FullPath, (ref FileSystemEntry entry) => (entry.ToFullPath(), entry.IsDirectory), AllFiles)
        {
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !IsLink(ref entry) && !IsEnvironmentsFolder(ref entry, folder.FullPath),
            ShouldIncludePredicate = (ref FileSystemEntry entry) => entry.IsDirectory ? IsLink(ref entry) : IsModelFile(entry.FileName.ToString()),
        };

        var others = new List<string>();
        foreach (var (path, isFolder) in entries)
        {
            var relative = Path.GetRelativePath(folder.FullPath, path).Replace('\\', '/');
            if (!isFolder)
            {
                others.Add(relative);
            }
            else if (folder.ProblemOf(path) is { } problem)
            {
                context.Report(problem.Descriptor, new SourcePosition(DisplayName(folder.FullPath, relative), 0, 0),
                    $"The folder '{relative}' {problem.Reason}; its files are not read.", required: true);
            }
        }

        return others.Where(relative => relative != MainFile).Order(StringComparer.Ordinal).Prepend(MainFile);
    }

    private static bool IsLink(ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;

    private static bool IsEnvironmentsFolder(ref FileSystemEntry entry, string modelFolder) =>
        entry.FileName.SequenceEqual(EnvironmentsFolder) && Path.TrimEndingDirectorySeparator(entry.Directory).SequenceEqual(Path.TrimEndingDirectorySeparator(modelFolder));

    private static bool IsModelFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses one file's text; null when it could not be read or parsed (which was reported).</summary>
    private static SourceNode? ParseFile(string file, string? text, LoadContext context)
    {
        if (text is null)
        {
            return null;
        }

        if (YamlTreeParser.Parse(text, file, context.Diagnostics) is not { } root)
        {
            context.MarkIncomplete();
            return null;
        }

        return root;
    }

    private static string? ReadText(ConfinedFolder folder, string relativePath, string file, LoadContext context)
    {
        var read = folder.ReadFile(relativePath);
        if (read.Problem is { } problem)
        {
            context.Report(problem.Descriptor, new SourcePosition(file, 0, 0), $"The file {problem.Reason}.", required: true);
            return null;
        }

        try
        {
            // A byte order mark is harmless in YAML (no platform tool reads these files), so it is dropped quietly.
            return StrictUtf8.GetString(read.Content!).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            context.Report(DiagnosticCodes.InvalidEncoding, new SourcePosition(file, 1, 1), "The file is not valid UTF-8; save it as UTF-8.", required: true);
            return null;
        }
    }

    private static string DisplayName(string folder, string relativePath) => Path.Combine(folder, relativePath).Replace('\\', '/');
}
