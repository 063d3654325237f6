using System.Buffers;
using System.Text.Json;

namespace ConnectorKit.Validation.CustomCode;

/// <summary>
/// The script check cache on disk: one small JSON file per key in one folder. A cache never decides an outcome on its
/// own: an entry that is missing, too large, not a regular file, malformed or for another key is a miss, and a
/// folder that cannot be written is left alone; the rules then run as without a cache. File names are made only of
/// the key's hex digits, so nothing the script contains reaches a path. On Unix the folder and files are private to
/// the user (0700 and 0600). Whoever can write into the folder can hide a script's findings from that user; it
/// belongs to the user, as their own build outputs do.
/// </summary>
public sealed class ScriptCheckStore
{
    /// <summary>Far above any real entry (at most about twenty findings per rule).</summary>
    public const int MaximumEntryBytes = 256 * 1024;

    private const int MaximumMessageLength = 4096;

    public ScriptCheckStore(string folder)
    {
        if (!Path.IsPathFullyQualified(folder))
        {
            throw new ArgumentException($"The script check cache folder must be an absolute path: {folder}", nameof(folder));
        }

        Folder = folder;
    }

    public string Folder { get; }

    public ScriptCheckEntry? Read(string key)
    {
        if (!IsKey(key))
        {
            return null;
        }

        try
        {
            var file = new FileInfo(PathOf(key));
            if (!file.Exists || file.LinkTarget is not null || file.Length > MaximumEntryBytes)
            {
                return null;
            }

            using var document = JsonDocument.Parse(File.ReadAllBytes(file.FullName));
            return Parse(document.RootElement, key);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or FormatException or KeyNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Writes the entry through a temporary file and a rename, so a reader sees the old entry or the new one whole.</summary>
    public void Write(ScriptCheckEntry entry)
    {
        if (!IsKey(entry.Key))
        {
            return;
        }

        var temporary = PathOf(entry.Key) + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + Environment.CurrentManagedThreadId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".tmp";
        try
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(Folder);
            }
            else
            {
                Directory.CreateDirectory(Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(Serialize(entry));
            }

            File.Move(temporary, PathOf(entry.Key), overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    private string PathOf(string key) => Path.Combine(Folder, key + ".json");

    private static bool IsKey(string key) => key.Length == 64 && key.All(char.IsAsciiHexDigitLower);

    private static ScriptCheckEntry? Parse(JsonElement root, string key)
    {
        if (root.ValueKind != JsonValueKind.Object || root.GetProperty("key").GetString() != key)
        {
            return null;
        }

        var rules = new Dictionary<string, IReadOnlyList<ScriptFinding>>(StringComparer.Ordinal);
        foreach (var rule in root.GetProperty("rules").EnumerateObject())
        {
            var findings = new List<ScriptFinding>();
            foreach (var finding in rule.Value.EnumerateArray())
            {
                var line = finding.GetProperty("line").GetInt32();
                var column = finding.GetProperty("column").GetInt32();
                var message = finding.GetProperty("message").GetString();
                if (line < 1 || column < 1 || message is null || message.Length > MaximumMessageLength)
                {
                    return null;
                }

                findings.Add(new ScriptFinding(line, column, message));
            }

            rules[rule.Name] = findings;
        }

        return new ScriptCheckEntry(key, rules);
    }

    private static byte[] Serialize(ScriptCheckEntry entry)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("key", entry.Key);
            writer.WriteStartObject("rules");
            foreach (var (code, findings) in entry.FindingsByRule.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                writer.WriteStartArray(code);
                foreach (var finding in findings)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("line", finding.Line);
                    writer.WriteNumber("column", finding.Column);
                    writer.WriteString("message", finding.Message);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary file is harmless: entries are only read under their key's own name.
        }
    }
}
