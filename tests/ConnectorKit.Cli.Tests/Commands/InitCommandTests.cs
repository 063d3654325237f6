using ConnectorKit.Cli.Tests.TestSupport;
using ConnectorKit.Scaffolding;

namespace ConnectorKit.Cli.Tests.Commands;

/// <summary>
/// <c>connectorkit init</c>: for every authentication and every choice of triggers, the new model generates and passes
/// <c>validate --certification</c> with no finding at all, on the model and on the generated files.
/// </summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public static TheoryData<string, string[]> Combinations()
    {
        var data = new TheoryData<string, string[]>();
        foreach (var auth in ScaffoldAuthNames.All.Keys)
        {
            foreach (var triggers in new[] { Array.Empty<string>(), ["--webhook"], ["--polling"], ["--webhook", "--polling"] })
            {
                data.Add(auth, triggers);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Every_auth_kind_with_and_without_each_trigger_generates_and_validates_with_no_finding(string auth, string[] triggers)
    {
        AssertCleanModel(["--auth", auth, .. triggers]);
    }

    [Fact]
    public void With_custom_code_it_generates_and_validates_with_no_finding()
    {
        AssertCleanModel(["--auth", "oauth-aad", "--webhook", "--polling", "--script"]);
        Assert.Contains("public class Script : ScriptBase", File.ReadAllText(Path.Combine(_folder.Path, "model", "script.csx")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_model_has_its_schema_comment_and_schema_file_and_the_same_options_give_the_same_bytes()
    {
        Assert.Equal(ExitCodes.Success, CliRun.In(_folder.Path, "init", "Contoso Orders", "--out", "a", "--webhook").ExitCode);
        Assert.Equal(ExitCodes.Success, CliRun.In(_folder.Path, "init", "Contoso Orders", "--out", "b", "--webhook").ExitCode);

        var model = File.ReadAllText(Path.Combine(_folder.Path, "a", "connector.yaml"));
        Assert.StartsWith("# yaml-language-server: $schema=connector-model.schema.json\n", model, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder.Path, "a", ConnectorScaffolder.SchemaFileName)));
        foreach (var file in Directory.GetFiles(Path.Combine(_folder.Path, "a")))
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(_folder.Path, "b", Path.GetFileName(file))));
        }
    }

    [Theory]
    [InlineData("Contoso Orders API", "does not allow to contain 'API'")]
    [InlineData("A very long connector name that goes on", "at most 30 characters")]
    [InlineData("Contoso: Orders", "letters, digits, spaces")]
    [InlineData("Orders!", "letters, digits, spaces")]
    public void A_name_certification_would_refuse_is_a_usage_error(string name, string says)
    {
        var run = CliRun.In(_folder.Path, "init", name, "--out", "model");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(says, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "model")));
    }

    [Fact]
    public void It_never_writes_into_a_folder_that_is_not_empty()
    {
        var mine = _folder.Write("model/notes.txt", "mine");

        var run = CliRun.In(_folder.Path, "init", "Contoso Orders", "--out", "model");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("is not empty", run.Error, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFiles(Path.Combine(_folder.Path, "model")).Select(Path.GetFileName));
        Assert.Equal("mine", File.ReadAllText(mine));
    }

    [Theory]
    [InlineData("--auth", "kerberos")]
    [InlineData("--host", "https://api.contoso.com")]
    public void An_unknown_auth_kind_or_a_host_with_a_scheme_is_a_usage_error(string option, string value)
    {
        Assert.Equal(ExitCodes.Usage, CliRun.In(_folder.Path, "init", "Contoso Orders", "--out", "model", option, value).ExitCode);
    }

    public void Dispose() => _folder.Dispose();

    private void AssertCleanModel(string[] options)
    {
        var init = CliRun.In(_folder.Path, ["init", "Contoso Orders", "--out", "model", .. options]);
        Assert.True(init.ExitCode == ExitCodes.Success, init.Error);

        var generate = CliRun.In(_folder.Path, "generate", "model", "--out", "build", "--quiet");
        Assert.True(generate.ExitCode == ExitCodes.Success && generate.Error.Length == 0, generate.Error);
        Assert.True(File.Exists(Path.Combine(_folder.Path, "build", "readme.md")));

        var validate = CliRun.In(_folder.Path, "validate", "model", "build", "--certification", "--quiet");
        Assert.True(validate.ExitCode == ExitCodes.Success && validate.Output.Length == 0 && validate.Error.Length == 0, validate.Output + validate.Error);
    }
}
