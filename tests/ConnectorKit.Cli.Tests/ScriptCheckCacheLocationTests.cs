namespace ConnectorKit.Cli.Tests;

/// <summary>Where the command line keeps script checks: a user folder, chosen from the environment, never a relative path.</summary>
public sealed class ScriptCheckCacheLocationTests
{
    private static readonly string Root = OperatingSystem.IsWindows() ? @"C:\" : "/";

    [Fact]
    public void An_absolute_CONNECTORKIT_CACHE_DIR_is_used_as_it_is()
    {
        var chosen = Path.Combine(Root, "cache", "ck");

        Assert.Equal(chosen, ScriptCheckCacheLocation.Resolve(Variables(("CONNECTORKIT_CACHE_DIR", chosen))));
    }

    [Fact]
    public void CONNECTORKIT_NO_CACHE_keeps_the_cache_in_memory() =>
        Assert.Null(ScriptCheckCacheLocation.Resolve(Variables(("CONNECTORKIT_NO_CACHE", "1"), ("CONNECTORKIT_CACHE_DIR", Path.Combine(Root, "cache")))));

    [Fact]
    public void A_relative_folder_is_ignored_for_the_users_cache_folder()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "The user's cache folder is read from XDG_CACHE_HOME and HOME on Linux.");
        var home = Path.Combine(Root, "home", "someone");

        var folder = ScriptCheckCacheLocation.Resolve(Variables(("CONNECTORKIT_CACHE_DIR", "relative/cache"), ("XDG_CACHE_HOME", "also/relative"), ("HOME", home)));

        Assert.Equal(Path.Combine(home, ".cache", "connectorkit", "script-checks"), folder);
    }

    [Fact]
    public void On_linux_XDG_CACHE_HOME_comes_before_HOME()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "The user's cache folder is read from XDG_CACHE_HOME and HOME on Linux.");
        var xdg = Path.Combine(Root, "xdg");

        Assert.Equal(Path.Combine(xdg, "connectorkit", "script-checks"), ScriptCheckCacheLocation.Resolve(Variables(("XDG_CACHE_HOME", xdg), ("HOME", Path.Combine(Root, "home")))));
    }

    [Fact]
    public void Without_any_absolute_folder_there_is_no_cache_on_disk()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Windows has a local application data folder whatever the environment says.");

        Assert.Null(ScriptCheckCacheLocation.Resolve(Variables(("HOME", "relative"))));
    }

    private static Func<string, string?> Variables(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(v => v.Name == name).Value;
}
