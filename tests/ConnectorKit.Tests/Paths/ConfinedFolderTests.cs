using ConnectorKit.Diagnostics;
using ConnectorKit.Paths;
using ConnectorKit.Tests.TestSupport;

namespace ConnectorKit.Tests.Paths;

public sealed class ConfinedFolderTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly TemporaryFolder _elsewhere = new();

    public void Dispose()
    {
        _folder.Dispose();
        _elsewhere.Dispose();
    }

    [Theory]
    [InlineData("icon.png", "icon.png")]
    [InlineData("assets/icon.png", "assets/icon.png")]
    [InlineData("./assets//icon.png", "assets/icon.png")]
    [InlineData("assets\\icon.png", "assets/icon.png")]
    [InlineData("assets/../icon.png", "icon.png")]
    [InlineData("connector/client/", "connector/client")]
    public void A_relative_path_is_normalised(string text, string expected)
    {
        Assert.Equal(expected, ConfinedFolder.Normalize(text, "the model folder", out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("", "CK1033", "is empty")]
    [InlineData("  ", "CK1033", "is empty")]
    [InlineData(".", "CK1033", "names the model folder itself")]
    [InlineData("assets/..", "CK1033", "names the model folder itself")]
    [InlineData("/", "CK1030", "is absolute")]
    [InlineData("/etc/passwd", "CK1030", "is absolute")]
    [InlineData("\\\\server\\share\\icon.png", "CK1030", "is absolute")]
    [InlineData("C:/Windows/icon.png", "CK1030", "is absolute")]
    [InlineData("C:icon.png", "CK1030", "is absolute")]
    [InlineData("../secret.png", "CK1031", "climbs out of the model folder")]
    [InlineData("assets/../../secret.png", "CK1031", "climbs out of the model folder")]
    [InlineData("..\\..\\victim", "CK1031", "climbs out of the model folder")]
    [InlineData("icon\u0000.png", "CK1005", "control character")]
    public void A_path_that_is_not_a_plain_relative_path_is_refused(string text, string code, string reason)
    {
        Assert.Null(ConfinedFolder.Normalize(text, "the model folder", out var problem));

        Assert.Equal(code, problem!.Descriptor.Code);
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_inside_resolves_to_its_full_path()
    {
        var icon = _folder.Write("assets/icon.png", "png");

        var path = new ConfinedFolder(_folder.Path, "the model folder").Resolve("assets/icon.png");

        Assert.Null(path.Problem);
        Assert.Equal(Path.GetFullPath(icon), path.FullPath);
    }

    [Fact]
    public void A_link_to_a_file_elsewhere_is_refused()
    {
        var secret = _elsewhere.Write("secret.txt", "secret");
        _folder.Link("icon.png", secret);

        var path = new ConfinedFolder(_folder.Path, "the model folder").Resolve("icon.png");

        Assert.Equal(DiagnosticCodes.PathLinksOutside, path.Problem!.Descriptor);
        Assert.Contains("leads out of the model folder through a symbolic link", path.Problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_below_a_linked_folder_elsewhere_is_refused()
    {
        _elsewhere.Write("secret.txt", "secret");
        _folder.Link("assets", _elsewhere.Path, toFolder: true);

        var path = new ConfinedFolder(_folder.Path, "the model folder").Resolve("assets/secret.txt");

        Assert.Equal(DiagnosticCodes.PathLinksOutside, path.Problem!.Descriptor);
    }

    [Fact]
    public void A_relative_link_that_climbs_out_is_refused_even_through_a_link_inside()
    {
        _elsewhere.Write("secret.txt", "secret");
        var outside = Path.GetRelativePath(Path.Combine(_folder.Path, "a"), Path.Combine(_elsewhere.Path, "secret.txt"));
        _folder.Link("a/out.txt", outside);
        _folder.Link("icon.png", "a/out.txt");

        var path = new ConfinedFolder(_folder.Path, "the model folder").Resolve("icon.png");

        Assert.Equal(DiagnosticCodes.PathLinksOutside, path.Problem!.Descriptor);
    }

    [Fact]
    public void A_link_that_stays_inside_is_followed()
    {
        var real = _folder.Write("art/icon.png", "png");
        _folder.Link("icon.png", "art/icon.png");
        _folder.Link("images", Path.Combine(_folder.Path, "art"), toFolder: true);

        var folder = new ConfinedFolder(_folder.Path, "the model folder");

        Assert.Equal((null, Path.GetFullPath(real)), (folder.Resolve("icon.png").Problem, folder.Resolve("icon.png").FullPath));
        Assert.Null(folder.Resolve("images/icon.png").Problem);
    }

    [Fact]
    public void A_loop_of_links_is_refused_not_followed_forever()
    {
        _folder.Link("a", "b");
        _folder.Link("b", "a");

        var path = new ConfinedFolder(_folder.Path, "the model folder").Resolve("a");

        Assert.Equal(DiagnosticCodes.PathLinksOutside, path.Problem!.Descriptor);
        Assert.Contains("loop", path.Problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_named_through_a_link_confines_to_where_it_really_is()
    {
        var icon = _elsewhere.Write("model/icon.png", "png");
        var linkedModel = _folder.Link("model", Path.Combine(_elsewhere.Path, "model"), toFolder: true);

        var path = new ConfinedFolder(linkedModel, "the model folder").Resolve("icon.png");

        Assert.Null(path.Problem);
        Assert.Equal(Path.GetFullPath(icon), path.FullPath);
    }

    [Fact]
    public void A_path_not_yet_written_resolves_below_the_folder()
    {
        var path = new ConfinedFolder(_folder.Path, "the output folder").Resolve("client/New.g.cs");

        Assert.Null(path.Problem);
        Assert.Equal(Path.Combine(_folder.Path, "client", "New.g.cs"), path.FullPath);
    }

    [Fact]
    public void Reading_a_folder_or_a_missing_file_says_which()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "icon.png"));
        var folder = new ConfinedFolder(_folder.Path, "the model folder");

        Assert.Equal(DiagnosticCodes.PathIsFolder, folder.ReadFile("icon.png").Problem!.Descriptor);
        Assert.Equal(DiagnosticCodes.FileNotFound, folder.ReadFile("missing.png").Problem!.Descriptor);
        Assert.Null(folder.ReadFile("missing.png").Content);
    }

    [Fact]
    public void Reading_an_unreadable_file_says_why()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("File modes are a Unix notion.");
            return;
        }

        var file = _folder.Write("icon.png", "png");
        File.SetUnixFileMode(file, UnixFileMode.None);
        if (CanRead(file))
        {
            Assert.Skip("This user reads files whatever their mode (root).");
        }

        var read = new ConfinedFolder(_folder.Path, "the model folder").ReadFile("icon.png");

        Assert.Equal(DiagnosticCodes.FileUnreadable, read.Problem!.Descriptor);
        Assert.StartsWith("cannot be read: ", read.Problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_file_too_large_to_hold_says_why()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("The file is made sparse, which only Unix file systems do by themselves.");
        }

        using (var stream = File.Create(_folder.FileOf("icon.png")))
        {
            stream.SetLength(3L * 1024 * 1024 * 1024);
        }

        var read = new ConfinedFolder(_folder.Path, "the model folder").ReadFile("icon.png");

        Assert.Equal(DiagnosticCodes.FileUnreadable, read.Problem!.Descriptor);
        Assert.Null(read.Content);
    }

    private static bool CanRead(string file)
    {
        try
        {
            File.ReadAllBytes(file);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
