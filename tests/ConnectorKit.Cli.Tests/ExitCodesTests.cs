using ConnectorKit.Cli.Tests.TestSupport;

namespace ConnectorKit.Cli.Tests;

/// <summary>
/// Every command that finds a problem exits 1, and the same command exits 0 on the sound input beside it: the README's
/// exit-code paragraph, command by command.
/// </summary>
public sealed class ExitCodesTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public ExitCodesTests()
    {
        _folder.Write("model/connector.yaml", SampleModels.Minimal);
        _folder.Write("broken-model/connector.yaml", SampleModels.Broken);
        _folder.Write("broken/apiDefinition.swagger.json", "{ \"swagger\": ");
        _folder.Write("broken/apiProperties.json", "{ \"properties\": {} }");
        Directory.CreateDirectory(Path.Combine(_folder.Path, "nothing-here"));
        Assert.Equal(ExitCodes.Success, CliRun.In(_folder.Path, "generate", "model", "--out", "connector").ExitCode);
    }

    public static TheoryData<string[]> SoundRuns => new()
    {
        new[] { "generate", "model", "--out", "out" },
        new[] { "generate", "model", "--out", "connector", "--check" },
        new[] { "validate", "connector" },
        new[] { "diff", "connector", "connector" },
        new[] { "import", "connector", "--out", "imported" },
        new[] { "roundtrip", "connector" },
        new[] { "client", "connector", "--out", "client", "--namespace", "Sample.Client" },
        new[] { "schema" },
        new[] { "init", "Fabrikam Parcels", "--out", "fresh" },
        new[] { "docs", "model" },
        new[] { "docs", "connector", "--out", "readme.md" },
        new[] { "package", "model", "--out", "package" },
        new[] { "help", "generate" },
    };

    public static TheoryData<string[]> ProblemRuns => new()
    {
        new[] { "generate", "broken-model", "--out", "out" },
        new[] { "generate", "model", "--out", "nothing-here", "--check" },
        new[] { "validate", "broken" },
        new[] { "diff", "broken", "connector" },
        new[] { "import", "broken", "--out", "imported" },
        new[] { "roundtrip", "broken" },
        new[] { "roundtrip", "nothing-here" },
        new[] { "roundtrip", "no-such-folder" },
        new[] { "roundtrip", "connector", "broken" },
        new[] { "client", "broken", "--out", "client", "--namespace", "Sample.Client" },
        new[] { "client", "broken-model", "--out", "client", "--namespace", "Sample.Client" },
        new[] { "docs", "broken-model" },
        new[] { "docs", "broken" },
        new[] { "package", "broken-model", "--out", "package" },
        new[] { "generate", "model", "--out", "out", "--environment", "none-such" },
    };

    [Theory]
    [MemberData(nameof(SoundRuns))]
    public void A_command_that_finds_no_problem_exits_0(string[] args)
    {
        var run = CliRun.In(_folder.Path, args);

        Assert.True(run.ExitCode == ExitCodes.Success, $"exit {run.ExitCode}\n{run.Error}");
    }

    [Theory]
    [MemberData(nameof(ProblemRuns))]
    public void A_command_that_finds_a_problem_exits_1_and_says_what(string[] args)
    {
        var run = CliRun.In(_folder.Path, args);

        Assert.True(run.ExitCode == ExitCodes.Failed, $"exit {run.ExitCode}\n{run.Output}\n{run.Error}");
        Assert.Contains(": error ", run.Output + run.Error);
    }

    [Fact]
    public void Schema_takes_no_arguments()
    {
        Assert.Equal(ExitCodes.Usage, CliRun.In(_folder.Path, "schema", "extra").ExitCode);
    }

    public void Dispose() => _folder.Dispose();
}
