using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Writing;

/// <summary>One staged file of a write and the file it replaces, relative to the output folder (forward slashes).</summary>
public sealed record JournalMove(string Staged, string Target);

/// <summary>A stale owned file a write deletes, with the header that makes it the generator's.</summary>
public sealed record JournalDeletion(string Path, string Header);

/// <summary>
/// The plan of a write, written atomically into the output folder before anything is staged and deleted when the
/// write is over, so that whatever instant a process dies at, the next writing run knows what to do. Until
/// <see cref="Committed"/> (every file staged and flushed) the next run rolls the write back: it deletes the staged
/// files and the folders the write created, and the old files were never touched. Once committed, the folder may hold
/// a mix of old and new files, and the next run completes the switch. It is read as hostile input (the folder may come
/// from anywhere), so every path in it is checked again before anything is moved or deleted.
/// </summary>
public sealed record WriteJournal(
    WriterIdentity Writer,
    bool Committed,
    IReadOnlyList<JournalMove> Moves,
    IReadOnlyList<JournalDeletion> Deletions,
    IReadOnlyList<string> CreatedFolders)
{
    public const string FileName = ".connectorkit-write.json";

    public byte[] ToBytes() => CanonicalJsonWriter.ToBytes(new JsonObject
    {
        ["writer"] = Writer.Token,
        ["committed"] = Committed,
        ["moves"] = new JsonArray([.. Moves.Select(m => new JsonObject { ["staged"] = m.Staged, ["target"] = m.Target })]),
        ["deletions"] = new JsonArray([.. Deletions.Select(d => new JsonObject { ["path"] = d.Path, ["header"] = d.Header })]),
        ["createdFolders"] = new JsonArray([.. CreatedFolders.Select(f => (JsonNode)f)]),
    });

    /// <summary>The journal, or why the bytes are not one (for the message).</summary>
    public static WriteJournal? Parse(byte[] bytes, out string? problem)
    {
        problem = null;
        try
        {
            if (JsonNode.Parse(bytes) is not JsonObject root)
            {
                problem = "it is not a JSON object";
                return null;
            }

            if (Text(root, "writer") is not { } token || WriterIdentity.Parse(token) is not { } writer)
            {
                problem = "it names no writer";
                return null;
            }

            var moves = Entries(root, "moves", entry => Text(entry, "staged") is { } staged && Text(entry, "target") is { } target ? new JournalMove(staged, target) : null);
            var deletions = Entries(root, "deletions", entry => Text(entry, "path") is { } path && Text(entry, "header") is { Length: > 0 } header ? new JournalDeletion(path, header) : null);
            var folders = root["createdFolders"] is JsonArray array && array.All(f => f is JsonValue value && value.TryGetValue<string>(out _))
                ? array.Select(f => f!.GetValue<string>()).ToList()
                : null;
            if (moves is null || deletions is null || folders is null || root["committed"] is not JsonValue committed || !committed.TryGetValue<bool>(out var isCommitted))
            {
                problem = "its entries are not what a journal holds";
                return null;
            }

            return new WriteJournal(writer, isCommitted, moves, deletions, folders);
        }
        catch (JsonException exception)
        {
            problem = "it is not JSON: " + exception.Message;
            return null;
        }
    }

    private static string? Text(JsonObject node, string key) =>
        node[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static List<T>? Entries<T>(JsonObject root, string key, Func<JsonObject, T?> read)
        where T : class
    {
        if (root[key] is not JsonArray array)
        {
            return null;
        }

        var entries = new List<T>();
        foreach (var item in array)
        {
            if (item is not JsonObject entry || read(entry) is not { } value)
            {
                return null;
            }

            entries.Add(value);
        }

        return entries;
    }
}
