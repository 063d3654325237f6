using System.Text;
using ConnectorKit.Tests.TestSupport;
using ConnectorKit.Validation.CustomCode;

namespace ConnectorKit.Tests.Validation.CustomCode;

/// <summary>The script check cache on disk: what it writes it reads back, and anything else in its folder is a miss, never an error.</summary>
public sealed class ScriptCheckStoreTests : IDisposable
{
    private static readonly string Key = new('a', 64);
    private static readonly string OtherKey = new('b', 64);

    private static readonly ScriptCheckEntry Entry = new(Key, new Dictionary<string, IReadOnlyList<ScriptFinding>>
    {
        ["CkScriptCompileError"] = [new ScriptFinding(3, 17, "CS0103: The name 'respons' does not exist in the current context")],
        ["CkScriptClassMissing"] = [],
    });

    private readonly TemporaryFolder _folder = new();

    private ScriptCheckStore Store => new(_folder.Path);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_entry_written_is_read_back_whole()
    {
        Store.Write(Entry);

        var read = Store.Read(Key);

        Assert.NotNull(read);
        Assert.Equal(Key, read.Key);
        Assert.Equal(Entry.FindingsByRule.Keys.Order(StringComparer.Ordinal), read.FindingsByRule.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Entry.FindingsByRule["CkScriptCompileError"], read.FindingsByRule["CkScriptCompileError"]);
        Assert.Equal([Key + ".json"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_missing_entry_is_a_miss() => Assert.Null(Store.Read(Key));

    [Fact]
    public void An_entry_under_another_keys_name_is_a_miss()
    {
        Store.Write(Entry);
        File.Move(_folder.FileOf(Key + ".json"), _folder.FileOf(OtherKey + ".json"));

        Assert.Null(Store.Read(OtherKey));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{ \"key\": \"KEY\" }")]
    [InlineData("{ \"key\": \"KEY\", \"rules\": { \"CkScriptCompileError\": [ { \"line\": \"one\", \"column\": 1, \"message\": \"m\" } ] } }")]
    [InlineData("{ \"key\": \"KEY\", \"rules\": { \"CkScriptCompileError\": [ { \"line\": 0, \"column\": 1, \"message\": \"m\" } ] } }")]
    [InlineData("{ \"key\": \"KEY\", \"rules\": { \"CkScriptCompileError\": [ { \"line\": 1, \"column\": 1 } ] } }")]
    [InlineData("{ \"key\": \"KEY\", \"rules\": { \"CkScriptCompileError\": { } } }")]
    public void A_malformed_entry_is_a_miss(string text)
    {
        _folder.Write(Key + ".json", text.Replace("KEY", Key, StringComparison.Ordinal));

        Assert.Null(Store.Read(Key));
    }

    [Fact]
    public void An_entry_larger_than_the_limit_is_a_miss_without_being_read()
    {
        var padding = new string(' ', ScriptCheckStore.MaximumEntryBytes);
        _folder.Write(Key + ".json", $"{{ \"key\": \"{Key}\", \"rules\": {{}} }}{padding}");

        Assert.Null(Store.Read(Key));
    }

    [Fact]
    public void An_entry_that_is_a_symbolic_link_is_a_miss()
    {
        Store.Write(Entry);
        var target = _folder.FileOf("elsewhere.json");
        File.Move(_folder.FileOf(Key + ".json"), target);
        _folder.Link(Key + ".json", target);

        Assert.Null(Store.Read(Key));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("")]
    public void A_key_that_is_not_64_lowercase_hex_digits_reads_and_writes_nothing(string key)
    {
        Store.Write(Entry with { Key = key });

        Assert.Null(Store.Read(key));
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public void A_folder_that_cannot_be_created_leaves_the_entry_unwritten_without_an_error()
    {
        var blocked = _folder.Write("blocked", "a file where the cache folder would be");

        new ScriptCheckStore(Path.Combine(blocked, "script-checks")).Write(Entry);

        Assert.Equal("a file where the cache folder would be", File.ReadAllText(blocked, Encoding.UTF8));
    }

    [Fact]
    public void The_folder_must_be_an_absolute_path() =>
        Assert.Throws<ArgumentException>(() => new ScriptCheckStore(Path.Combine("relative", "cache")));

    [Fact]
    public void On_unix_the_folder_and_its_entries_are_private_to_the_user()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix file modes do not apply on Windows.");
            return;
        }

        var folder = Path.Combine(_folder.Path, "cache");

        new ScriptCheckStore(folder).Write(Entry);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, Key + ".json")));
    }
}
