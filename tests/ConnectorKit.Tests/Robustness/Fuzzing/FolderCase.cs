using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace ConnectorKit.Tests.Robustness.Fuzzing;

/// <summary>One change to a seed folder; <c>File</c> picks one of its files by index (modulo their number).</summary>
internal abstract record FileChange
{
    /// <summary>A JSON or YAML file read as a tree, mangled, and written back (YAML in block or flow style, JSON indented or not).</summary>
    public sealed record Mangled(int File, Mutation[] Mutations, bool Block) : FileChange
    {
        public override string ToString() => $"Mangled(file {File}, {(Block ? "block" : "flow")}: {string.Join("; ", Mutations.Select(m => m.ToString()))})";
    }

    public sealed record Edited(int File, TextEdit[] Edits) : FileChange
    {
        public override string ToString() => $"Edited(file {File}: {string.Join("; ", Edits.Select(e => e.ToString()))})";
    }

    public sealed record RandomBytes(int File, byte[] Content) : FileChange
    {
        public override string ToString() => $"RandomBytes(file {File}, {Content.Length} bytes)";
    }

    public sealed record Removed(int File) : FileChange;

    /// <summary>The file becomes a link: out of the folder, to a folder, dangling.</summary>
    public sealed record Linked(int File, int Link) : FileChange;

    /// <summary>The file becomes a folder of the same name.</summary>
    public sealed record Folder(int File) : FileChange;

    /// <summary>A copy of the file under another name (in a model: every definition of it twice).</summary>
    public sealed record Copied(int File) : FileChange;

    /// <summary>The main file replaced by a bomb (see <see cref="Bombs"/>).</summary>
    public sealed record Bomb(string Text) : FileChange
    {
        public override string ToString() => $"Bomb({Text.Length} chars: {Text[..Math.Min(Text.Length, 200)].ReplaceLineEndings(" ")}...)";
    }
}

/// <summary>A mangled copy of one seed folder, with links planted in its input and traps in its output folder.</summary>
internal sealed record FolderCase(int Seed, FileChange[] Changes, int[] InputLinks, int[] OutputTraps)
{
    public override string ToString() =>
        $"seed {Seed}, input links [{string.Join(",", InputLinks)}], output traps [{string.Join(",", OutputTraps)}], changes: {string.Join(" | ", Changes.Select(c => c.ToString()))}";
}

/// <summary>
/// Makes <see cref="FolderCase"/>s of one kind of folder (models or connectors) and writes them into a
/// <see cref="FuzzWorkspace"/>.
/// </summary>
internal sealed class FolderFuzz
{
    private static readonly (string Target, bool ToFolder)[] LinkTargets =
    [
        (HostileText.SentinelToken + "/secret.png", false),
        (HostileText.SentinelToken + "/secret.txt", false),
        ("../sentinel/model/connector.yaml", false),
        (HostileText.SentinelToken, true),
        (HostileText.SentinelToken + "/missing", false),
        (".", true),
    ];

    private readonly IReadOnlyList<SeedFolder> _seeds;
    private readonly Func<string, byte[], JsonNode?> _read;
    private readonly bool _yaml;

    private FolderFuzz(IReadOnlyList<SeedFolder> seeds, JsonMangler mangler, Func<string, byte[], JsonNode?> read, bool yaml, Gen<string> bombs, string[] snippets)
    {
        _seeds = seeds;
        Mangler = mangler;
        _read = read;
        _yaml = yaml;
        var file = Gen.Int[0, 1_000];
        var change = Gen.Frequency(
            (8, Gen.Select(file, mangler.Mutations.Array[1, 4], Gen.Bool, (index, mutations, block) => (FileChange)new FileChange.Mangled(index, mutations, block))),
            (4, Gen.Select(file, TextMangler.Edits(snippets).Array[1, 4], (index, edits) => (FileChange)new FileChange.Edited(index, edits))),
            (1, Gen.Select(file, Gen.Byte.Array[0, 2_000], (index, bytes) => (FileChange)new FileChange.RandomBytes(index, bytes))),
            (1, file.Select(index => (FileChange)new FileChange.Removed(index))),
            (1, Gen.Select(file, Gen.Int[0, LinkTargets.Length - 1], (index, link) => (FileChange)new FileChange.Linked(index, link))),
            (1, file.Select(index => (FileChange)new FileChange.Folder(index))),
            (1, file.Select(index => (FileChange)new FileChange.Copied(index))),
            (1, bombs.Select(text => (FileChange)new FileChange.Bomb(text))));
        var seed = Gen.Int[0, seeds.Count - 1];

        // A mix of heavy damage, one small change (so that many cases still load, generate and write), and valid
        // inputs among links and traps (so that every write meets them).
        Cases = Gen.Frequency(
            (5, Gen.Select(seed, change.Array[1, 3], Traps.InputLinkChoices, Traps.OutputChoices, (index, changes, links, traps) => new FolderCase(index, changes, links, traps))),
            (3, Gen.Select(seed, file, mangler.Mutations, Gen.Bool, Traps.OutputChoices, (index, changed, mutation, block, traps) =>
                new FolderCase(index, [new FileChange.Mangled(changed, [mutation], block)], [], traps))),
            (2, Gen.Select(seed, Traps.SomeInputLinks, Traps.SomeOutputTraps, (index, links, traps) => new FolderCase(index, [], links, traps))));
    }

    public Gen<FolderCase> Cases { get; }

    public JsonMangler Mangler { get; }

    public static FolderFuzz Models { get; } = new(
        FuzzSeeds.Models,
        new JsonMangler(FuzzSeeds.ModelKeys, ["/connector/icon", "/script/file", "/client/output", "/client/name", "/connector/title"], new Dictionary<string, (string, string)[]>
        {
            ["/client/output"] = [("namespace", "Fuzz.Client")],
            ["/client/name"] = [("namespace", "Fuzz.Client"), ("output", "client")],
        }),
        FuzzSeeds.YamlOf,
        yaml: true,
        Bombs.Models,
        TextMangler.YamlSnippets);

    public static FolderFuzz Connectors { get; } = new(
        FuzzSeeds.Connectors,
        new JsonMangler(FuzzSeeds.ConnectorKeys, ["/info/title", "/paths", "/definitions", "/properties/scriptOperations"]),
        FuzzSeeds.JsonOf,
        yaml: false,
        Bombs.Swaggers,
        TextMangler.JsonSnippets);

    /// <summary>The case's input folder entries (its files and planted links) and output folder traps.</summary>
    public FuzzWorkspace Materialize(FolderCase folderCase)
    {
        var seed = _seeds[folderCase.Seed];
        var entries = seed.Files.ToDictionary(f => f.Key, f => (CaseEntry)new CaseEntry.File(f.Value), StringComparer.Ordinal);
        foreach (var change in folderCase.Changes)
        {
            Apply(entries, change);
        }

        foreach (var (path, link) in Traps.InputOf(folderCase.InputLinks))
        {
            entries.TryAdd(path, link);
        }

        return new FuzzWorkspace(entries, Traps.OutputOf(folderCase.OutputTraps));
    }

    private void Apply(Dictionary<string, CaseEntry> entries, FileChange change)
    {
        var paths = entries.Keys.Order(StringComparer.Ordinal).ToList();
        string PathOf(int index) => paths.Count == 0 ? MainFile : paths[index % paths.Count];
        switch (change)
        {
            case FileChange.Mangled mangled:
                var structured = paths.Where(p => entries[p] is CaseEntry.File file && _read(p, file.Content) is not null).ToList();
                if (structured.Count > 0)
                {
                    var path = structured[mangled.File % structured.Count];
                    var tree = Mangler.Apply(_read(path, ((CaseEntry.File)entries[path]).Content), mangled.Mutations);
                    entries[path] = new CaseEntry.File(Encoding.UTF8.GetBytes(Render(tree, mangled.Block)));
                }

                break;
            case FileChange.Edited edited:
                var editedPath = PathOf(edited.File);
                entries[editedPath] = new CaseEntry.File(TextMangler.Apply(entries.GetValueOrDefault(editedPath) is CaseEntry.File original ? original.Content : [], edited.Edits));
                break;
            case FileChange.RandomBytes random:
                entries[PathOf(random.File)] = new CaseEntry.File(random.Content);
                break;
            case FileChange.Removed removed:
                entries.Remove(PathOf(removed.File));
                break;
            case FileChange.Linked linked:
                var (target, toFolder) = LinkTargets[linked.Link];
                entries[PathOf(linked.File)] = new CaseEntry.Link(RelativeTo(PathOf(linked.File), target), toFolder);
                break;
            case FileChange.Folder folder:
                entries[PathOf(folder.File)] = new CaseEntry.Folder();
                break;
            case FileChange.Copied copied:
                var copiedPath = PathOf(copied.File);
                var extension = Path.GetExtension(copiedPath);
                if (entries.TryGetValue(copiedPath, out var copy))
                {
                    entries[copiedPath[..^extension.Length] + ".copy" + extension] = copy;
                }

                break;
            case FileChange.Bomb bomb:
                entries[MainFile] = new CaseEntry.File(Encoding.UTF8.GetBytes(bomb.Text));
                break;
        }
    }

    /// <summary>The file every seed has and bombs replace: connector.yaml, or the swagger.</summary>
    public string MainFile => _yaml ? "connector.yaml" : "apiDefinition.swagger.json";

    private string Render(JsonNode? tree, bool block) => _yaml
        ? YamlJson.Write(tree, block)
        : YamlJson.JsonText(tree, indented: block);

    /// <summary>A relative link target is written relative to the folder of the link (which may be a sub-folder).</summary>
    private static string RelativeTo(string linkPath, string target) =>
        target.StartsWith("../", StringComparison.Ordinal) ? string.Concat(Enumerable.Repeat("../", linkPath.Count(c => c == '/'))) + target : target;
}
