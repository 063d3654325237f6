using System.IO.Compression;

namespace ConnectorKit.Packaging;

/// <summary>
/// A zip archive whose bytes depend on its files alone: entries in ordinal order of name, every time stamp the zip
/// format's earliest (1980-01-01), stored without compression (the runtime's deflate may change between versions),
/// no folder entries, no extra fields.
/// </summary>
public static class DeterministicZip
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Create(IEnumerable<(string Name, byte[] Content)> files)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                var entry = archive.CreateEntry(name, CompressionLevel.NoCompression);
                entry.LastWriteTime = FixedTime;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
