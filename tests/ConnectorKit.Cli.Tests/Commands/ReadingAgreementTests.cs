using ConnectorKit.Cli.Tests.TestSupport;

namespace ConnectorKit.Cli.Tests.Commands;

/// <summary>
/// Every command reads a connector the same way: a file of the wrong shape is the same positioned error everywhere,
/// with exit code 1; a file the platform reads despite deviations from strict JSON gives the same warnings everywhere,
/// and only validate, which judges the upload, fails on it.
/// </summary>
public sealed class ReadingAgreementTests
{
    private const string Header = "{\n  \"swagger\": \"2.0\",\n  \"info\": { \"title\": \"Things\", \"version\": \"1.0\" },\n  \"host\": \"api.example.com\",\n";

    public static TheoryData<string, string, string, string, string> WrongShapes()
    {
        (string Name, string File, string Text, string Where)[] shapes =
        [
            ("null swagger", "apiDefinition.swagger.json", "null\n", "(1,1)"),
            ("paths a string", "apiDefinition.swagger.json", Header + "  \"paths\": \"oops\"\n}\n", "(5,3)"),
            ("path item an array", "apiDefinition.swagger.json", Header + "  \"paths\": {\n    \"/things\": []\n  }\n}\n", "(6,5)"),
            ("operation an array", "apiDefinition.swagger.json", Header + "  \"paths\": {\n    \"/things\": {\n      \"get\": [1]\n    }\n  }\n}\n", "(7,7)"),
            ("properties a number", "apiProperties.json", "{\n  \"properties\": 3\n}\n", "(2,3)"),
        ];
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var command in new[] { "validate", "import", "diff", "client" })
        {
            foreach (var (name, file, text, where) in shapes)
            {
                data.Add(command, name, file, text, where);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WrongShapes))]
    public void A_file_of_the_wrong_shape_is_the_same_positioned_error_in_every_command(string command, string shape, string file, string text, string where)
    {
        using var folder = new TemporaryFolder();
        folder.Write("broken/apiDefinition.swagger.json", Header + "  \"paths\": {}\n}\n");
        folder.Write("broken/apiProperties.json", "{ \"properties\": {} }\n");
        folder.Write("broken/" + file, text);

        var run = Run(folder, command, "broken");

        Assert.True(run.ExitCode == ExitCodes.Failed, $"{shape}: {command} exited {run.ExitCode}\n{run.Output}{run.Error}");
        Assert.Contains($"broken/{file}{where}: error CK1003:", run.Output + run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "out")));
    }

    [Theory]
    [InlineData("validate", ExitCodes.Failed)]
    [InlineData("import", ExitCodes.Success)]
    [InlineData("diff", ExitCodes.Success)]
    [InlineData("client", ExitCodes.Success)]
    public void A_file_the_platform_reads_despite_a_trailing_comma_gives_the_same_warning_in_every_command(string command, int exitCode)
    {
        using var folder = new TemporaryFolder();
        folder.Write("model/connector.yaml", SampleModels.Minimal);
        Assert.Equal(ExitCodes.Success, CliRun.In(folder.Path, "generate", "model", "--out", "tolerated").ExitCode);
        var swaggerPath = Path.Combine(folder.Path, "tolerated", "apiDefinition.swagger.json");
        var lines = File.ReadAllText(swaggerPath).Split('\n');
        lines[^3] += ",";
        File.WriteAllText(swaggerPath, string.Join('\n', lines));

        var run = Run(folder, command, "tolerated");

        Assert.True(run.ExitCode == exitCode, $"{command} exited {run.ExitCode}\n{run.Output}{run.Error}");
        var shown = run.Output + run.Error;
        Assert.Contains($"tolerated/apiDefinition.swagger.json({lines.Length - 2},{lines[^3].Length}): warning CK1012:", shown, StringComparison.Ordinal);
        Assert.Contains($"tolerated/apiDefinition.swagger.json({lines.Length - 2},{lines[^3].Length}): {(command == "validate" ? "error" : "warning")} CK1019:", shown, StringComparison.Ordinal);
    }

    /// <summary>Runs one reading command on the connector folder; what it writes goes to <c>out</c>.</summary>
    private static CliRun Run(TemporaryFolder folder, string command, string connector) => command switch
    {
        "validate" => CliRun.In(folder.Path, "validate", connector),
        "import" => CliRun.In(folder.Path, "import", connector, "--out", "out"),
        "diff" => CliRun.In(folder.Path, "diff", connector, connector),
        "client" => CliRun.In(folder.Path, "client", connector, "--out", "out", "--namespace", "Sample.Client"),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "not a reading command"),
    };
}
