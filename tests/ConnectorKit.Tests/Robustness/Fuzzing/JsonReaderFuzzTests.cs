using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;
using CsCheck;

namespace ConnectorKit.Tests.Robustness.Fuzzing;

/// <summary>
/// The JSON reader of record on anything: random bytes, the seeds' JSON files edited byte by byte, and strict JSON of
/// every shape. It never throws, every finding (warnings too) has a line and column in the file, a tree comes back
/// exactly when no error was found, and strict JSON reads as System.Text.Json reads it, without any finding.
/// </summary>
public sealed class JsonReaderFuzzTests
{
    private const string File = "fuzz.json";

    private static readonly byte[][] SeedFiles =
        [.. FuzzSeeds.Connectors.SelectMany(seed => seed.Files.Where(f => f.Key.EndsWith(".json", StringComparison.Ordinal)).Select(f => f.Value))];

    /// <summary>Bytes of any value, and bytes of JSON's own alphabet (which read as JSON far more often).</summary>
    private static readonly Gen<byte[]> RandomBytes = Gen.OneOf(
        Gen.Byte.Array[0, 400],
        Gen.Char["{}[]\":,0123456789.-+eEtruefalsn \t\r\n\\/u*#abcAZ\u00e9"].Array[0, 200].Select(chars => Encoding.UTF8.GetBytes(chars)));

    [Fact]
    public void Random_bytes_are_read_or_refused_at_a_position() =>
        FuzzBudget.Check(RandomBytes, bytes => Outcome(AssertReadAtPositions(bytes)), ciIterations: 2_000, Describe);

    [Fact]
    public void Edited_connector_files_are_read_or_refused_at_a_position() =>
        FuzzBudget.Check(
            Gen.Select(Gen.Int[0, SeedFiles.Length - 1], TextMangler.Edits(TextMangler.JsonSnippets).Array[1, 6], (seed, edits) => TextMangler.Apply(SeedFiles[seed], edits)),
            bytes => Outcome(AssertReadAtPositions(bytes)),
            ciIterations: 400,
            Describe);

    [Fact]
    public void Strict_json_reads_as_System_Text_Json_reads_it() =>
        FuzzBudget.Check(
            Gen.Select(FolderFuzz.Connectors.Mangler.Values, Gen.Bool, (value, indented) => Encoding.UTF8.GetBytes(YamlJson.JsonText(value, indented))),
            bytes =>
            {
                var read = AssertReadAtPositions(bytes);
                if (Strict(bytes) is not (var strictRoot, true))
                {
                    return "not strict JSON: " + Outcome(read);
                }

                Assert.Empty(read.Diagnostics);
                Assert.True(JsonComparison.AreEqual(strictRoot, read.Root), "The reader's tree differs from System.Text.Json's.");
                return "strict JSON";
            },
            ciIterations: 600,
            Describe);

    private static JsonReadResult AssertReadAtPositions(byte[] bytes)
    {
        var read = JsonFileReader.Read(bytes, File);
        foreach (var finding in read.Diagnostics)
        {
            Assert.True(finding.Position is { File: File, Line: > 0, Column: > 0 }, $"A finding has no position in the file: {finding}");
        }

        Assert.Equal(read.Succeeded, read.Diagnostics.All(d => d.Severity != Severity.Error));
        if (!read.Succeeded)
        {
            Assert.Null(read.Root);
        }

        return read;
    }

    private static string Outcome(JsonReadResult read) =>
        !read.Succeeded ? "refused" : read.Diagnostics.Count > 0 ? "read with warnings" : "read";

    /// <summary>The tree System.Text.Json reads, and whether it reads one.</summary>
    private static (JsonNode? Root, bool Read) Strict(byte[] bytes)
    {
        try
        {
            return (JsonNode.Parse(bytes), true);
        }
        catch (JsonException)
        {
            return (null, false);
        }
    }

    private static string Describe(byte[] bytes) => $"{bytes.Length} bytes: {Convert.ToHexString(bytes[..Math.Min(bytes.Length, 400)])}";
}
