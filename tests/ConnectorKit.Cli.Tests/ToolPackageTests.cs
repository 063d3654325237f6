using System.Reflection;
using ConnectorKit.Cli.Tests.TestSupport;

namespace ConnectorKit.Cli.Tests;

/// <summary>
/// The tool as users get it: packed, installed from a local folder feed with <c>dotnet tool install --tool-path</c>,
/// then used from a folder that has no checkout: init, generate, validate --certification and package, each with no
/// finding. The feed is the only package source and the package cache is the test's own, so what runs is this build.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void The_installed_tool_initializes_generates_validates_and_packages_a_connector_with_no_finding()
    {
        var tool = Install();
        var work = Directory.CreateDirectory(Path.Combine(_folder.Path, "work")).FullName;

        var help = DotnetProcess.Run(tool, work, null, "--help");
        Assert.Contains("Usage:\n  connectorkit [command] [options]", help.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        string[][] steps =
        [
            ["init", "Contoso Orders", "--out", "contoso", "--auth", "apikey", "--webhook", "--polling"],
            ["generate", "contoso", "--out", "contoso/build"],
            ["validate", "contoso", "contoso/build", "--certification"],
            ["package", "contoso", "--out", "package"],
        ];
        foreach (var step in steps)
        {
            var run = DotnetProcess.Run(tool, work, null, step);
            Assert.True(run.ExitCode == ExitCodes.Success, $"connectorkit {string.Join(' ', step)}: exit {run.ExitCode}\n{run.Output}\n{run.Error}");
            Assert.DoesNotContain(": warning ", run.Output + run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain(": error ", run.Output + run.Error, StringComparison.Ordinal);
        }

        Assert.True(File.Exists(Path.Combine(work, "package", "certification.zip")));
        Assert.True(File.Exists(Path.Combine(work, "package", "deploy", "settings.json")));
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>
    /// Packs the Cli project as built for this test run (no rebuild; the tool's publish step copies into this test's
    /// folder, not the repository) and installs it; returns the tool's path.
    /// </summary>
    private string Install()
    {
        var feed = Path.Combine(_folder.Path, "feed");
        var configuration = typeof(CliApplication).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var project = Path.Combine(RepositoryFolder.Root, "generator", "ConnectorKit.Cli", "ConnectorKit.Cli.csproj");
        var pack = DotnetProcess.Run(DotnetProcess.Host, _folder.Path, null,
            "pack", project, "--no-build", "--configuration", configuration, "--output", feed, "--nologo",
            $"-p:PublishDir={Path.Combine(_folder.Path, "publish")}{Path.DirectorySeparatorChar}");
        Assert.True(pack.ExitCode == 0, $"dotnet pack failed:\n{pack.Output}\n{pack.Error}");

        File.WriteAllText(Path.Combine(_folder.Path, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="feed" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var tools = Path.Combine(_folder.Path, "tools");
        var isolated = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_folder.Path, "packages") };
        var install = DotnetProcess.Run(DotnetProcess.Host, _folder.Path, isolated,
            "tool", "install", "ConnectorKit.Cli", "--tool-path", tools, "--configfile", Path.Combine(_folder.Path, "nuget.config"));
        Assert.True(install.ExitCode == 0, $"dotnet tool install failed:\n{install.Output}\n{install.Error}");

        return Path.Combine(tools, OperatingSystem.IsWindows() ? "connectorkit.exe" : "connectorkit");
    }
}
