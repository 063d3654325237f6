using System.Globalization;
using ConnectorKit.Cli.Tests.TestSupport;

namespace ConnectorKit.Cli.Tests.Commands;

public class GenerateCommandTests
{
    private static readonly string[] Artifacts = ["apiDefinition.swagger.json", "apiProperties.json", "settings.json"];

    [Fact]
    public void Without_arguments_it_generates_connector_into_the_repository_root_from_a_subfolder()
    {
        using var repo = new TemporaryFolder();
        repo.Write("connector/connector.yaml", SampleModels.Minimal);
        var subfolder = Directory.CreateDirectory(Path.Combine(repo.Path, "docs", "deep")).FullName;

        var run = CliRun.In(subfolder, "generate");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.All(Artifacts, name => Assert.True(File.Exists(Path.Combine(repo.Path, name)), name));
        Assert.Contains("\"operationId\": \"GetThing\"", File.ReadAllText(Path.Combine(repo.Path, "apiDefinition.swagger.json")));
    }

    [Fact]
    public void With_a_model_folder_and_out_it_writes_there()
    {
        using var folder = new TemporaryFolder();
        folder.Write("model/connector.yaml", SampleModels.Minimal);

        var run = CliRun.In(folder.Path, "generate", "model", "--out", "artifacts");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.All(Artifacts, name => Assert.True(File.Exists(Path.Combine(folder.Path, "artifacts", name)), name));
        Assert.Contains("wrote artifacts/apiDefinition.swagger.json", run.Output);
    }

    [Fact]
    public void Check_passes_after_generate_and_fails_after_a_hand_edit_of_either_artifact()
    {
        using var repo = new TemporaryFolder();
        repo.Write("connector/connector.yaml", SampleModels.Minimal);
        Assert.Equal(ExitCodes.Success, CliRun.In(repo.Path, "generate").ExitCode);
        Assert.Equal(ExitCodes.Success, CliRun.In(repo.Path, "generate", "--check").ExitCode);

        foreach (var artifact in new[] { "apiDefinition.swagger.json", "apiProperties.json" })
        {
            var path = Path.Combine(repo.Path, artifact);
            var original = File.ReadAllText(path);
            File.WriteAllText(path, original.Replace("\n", "\n ", StringComparison.Ordinal));

            var check = CliRun.In(repo.Path, "generate", "--check");

            Assert.Equal(ExitCodes.Failed, check.ExitCode);
            Assert.Contains($"{artifact}: error CK3001", check.Error);
            File.WriteAllText(path, original);
        }
    }

    [Fact]
    public void A_model_with_errors_exits_1_reports_each_error_with_its_position_and_writes_nothing()
    {
        using var repo = new TemporaryFolder();
        repo.Write("connector/connector.yaml", SampleModels.Minimal);
        Assert.Equal(ExitCodes.Success, CliRun.In(repo.Path, "generate").ExitCode);
        var before = Artifacts.ToDictionary(name => name, name => File.ReadAllBytes(Path.Combine(repo.Path, name)));
        repo.Write("connector/connector.yaml", SampleModels.Broken);

        var run = CliRun.In(repo.Path, "generate");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("connector/connector.yaml(6,3): error CK1002", run.Error);
        Assert.Contains("connector/connector.yaml(15,18): error CK2010", run.Error);
        Assert.All(Artifacts, name => Assert.Equal(before[name], File.ReadAllBytes(Path.Combine(repo.Path, name))));
        Assert.Empty(Directory.GetFiles(repo.Path, "*.tmp-*"));
    }

    [Fact]
    public void Output_is_byte_identical_across_runs_and_cultures()
    {
        using var repo = new TemporaryFolder();
        repo.Write("connector/connector.yaml", SampleModels.Minimal);
        CliRun.In(repo.Path, "generate");
        var first = Artifacts.ToDictionary(name => name, name => File.ReadAllBytes(Path.Combine(repo.Path, name)));

        var previous = CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "tr-TR", "de-DE" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                Assert.Equal(ExitCodes.Success, CliRun.In(repo.Path, "generate", "--check").ExitCode);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = previous;
        }

        Assert.All(Artifacts, name => Assert.Equal(first[name], File.ReadAllBytes(Path.Combine(repo.Path, name))));
    }

    [Theory]
    [InlineData("generate", "--no-such-option")]
    [InlineData("generate", "a", "b")]
    [InlineData("no-such-command")]
    public void Usage_errors_exit_2(params string[] args)
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.In(folder.Path, args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("error:", run.Error);
    }

    [Fact]
    public void Without_arguments_outside_a_repository_it_is_a_usage_error()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.In(folder.Path, "generate");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("connector/connector.yaml", run.Error);
    }

    [Fact]
    public void Help_describes_the_arguments_and_options()
    {
        var run = CliRun.In(Path.GetTempPath(), "generate", "--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("MODEL_DIR", run.Output);
        Assert.Contains("--out", run.Output);
        Assert.Contains("--check", run.Output);
    }

    [Fact]
    public void The_validator_judges_the_definition_before_anything_is_written_unless_skipped()
    {
        using var repo = new TemporaryFolder();
        repo.Write("connector/connector.yaml", SampleModels.Minimal
            + "\n    pageable: nextPage\n");

        var validated = CliRun.In(repo.Path, "generate");

        Assert.Equal(ExitCodes.Failed, validated.ExitCode);
        Assert.Contains("error InvalidNextLinkNameValue", validated.Error);
        Assert.False(File.Exists(Path.Combine(repo.Path, "apiDefinition.swagger.json")));

        var skipped = CliRun.In(repo.Path, "generate", "--no-validate");

        Assert.Equal(ExitCodes.Success, skipped.ExitCode);
        Assert.True(File.Exists(Path.Combine(repo.Path, "apiDefinition.swagger.json")));
    }

    [Fact]
    public void A_model_can_switch_off_a_validator_rule()
    {
        using var repo = new TemporaryFolder();
        repo.Write("connector/connector.yaml", SampleModels.Minimal + "\n    pageable: nextPage\nchecks:\n  disable: [InvalidNextLinkNameValue]\n");

        var run = CliRun.In(repo.Path, "generate");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
    }

    [Fact]
    public void Client_files_the_model_no_longer_generates_fail_the_check_and_are_deleted_only_with_the_generated_header()
    {
        using var repo = new TemporaryFolder();
        repo.Write("connector/connector.yaml", SampleModels.Minimal + "\nclient:\n  namespace: Sample.Client\n  output: client\n");
        Assert.Equal(ExitCodes.Success, CliRun.In(repo.Path, "generate").ExitCode);
        var stale = repo.Write("client/Removed.g.cs", "// <auto-generated/>\n// an operation the model no longer has\n");
        var precious = repo.Write("client/Precious.g.cs", "// hand-written, named like the generated files\n");
        var handWritten = repo.Write("client/Partial.cs", "// hand-written code is not the generator's\n");

        var check = CliRun.In(repo.Path, "generate", "--check");

        Assert.Equal(ExitCodes.Failed, check.ExitCode);
        Assert.Contains("client/Removed.g.cs: error CK3001: the model no longer generates this file", check.Error);
        Assert.Contains("client/Precious.g.cs: warning CK3003: client/Precious.g.cs matches *.g.cs but does not start with the generated header", check.Error);
        Assert.DoesNotContain("Partial.cs", check.Error);

        var regenerate = CliRun.In(repo.Path, "generate");

        Assert.Equal(ExitCodes.Success, regenerate.ExitCode);
        Assert.Contains("deleted client/Removed.g.cs (no longer generated)", regenerate.Output);
        Assert.Contains("client/Precious.g.cs: warning CK3003", regenerate.Error);
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(handWritten) && File.Exists(precious));
        Assert.Equal(ExitCodes.Success, CliRun.In(repo.Path, "generate", "--check").ExitCode);
    }

    [Theory]
    [InlineData("../../victim", "CK1031")]
    [InlineData("/", "CK1030")]
    [InlineData(".", "CK1033")]
    public void A_client_folder_outside_the_output_folder_is_refused_at_its_value_and_nothing_is_written_or_deleted(string output, string code)
    {
        using var root = new TemporaryFolder();
        var model = SampleModels.Minimal + $"\nclient:\n  namespace: Sample.Client\n  output: {output}\n";
        var modelFile = root.Write("work/model/connector.yaml", model);
        var precious = root.Write("victim/Precious.g.cs", "// hand-written\n");
        var generatedLooking = root.Write("victim/Old.g.cs", "// <auto-generated/>\n");

        var run = CliRun.In(Path.Combine(root.Path, "work"), "generate", "model", "--out", "o");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains($"model/connector.yaml({LineOf(model, "output:")},11): error {code}: The client folder '{output}'", run.Error);
        Assert.True(File.Exists(precious) && File.Exists(generatedLooking));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(root.Path, "victim")).Length);
        Assert.False(Directory.Exists(Path.Combine(root.Path, "work", "o")));
        Assert.Equal(model, File.ReadAllText(modelFile));
    }

    [Theory]
    [InlineData("../secret.png", "CK1031")]
    [InlineData("an absolute path", "CK1030")]
    [InlineData("a link", "CK1032")]
    public void An_icon_outside_the_model_folder_is_refused_at_its_value_and_not_copied(string icon, string code)
    {
        using var root = new TemporaryFolder();
        var secret = root.Write("secret.png", "a secret of the build machine");
        if (icon == "a link")
        {
            root.Link("model/icon.png", secret);
        }

        var iconText = icon switch { "an absolute path" => secret, "a link" => "icon.png", _ => icon };
        var model = SampleModels.Minimal.Replace("  stackOwner: Example\n", $"  stackOwner: Example\n  icon: {iconText}\n", StringComparison.Ordinal);
        root.Write("model/connector.yaml", model);

        var run = CliRun.In(root.Path, "generate", "model", "--out", "o");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains($"model/connector.yaml({LineOf(model, "icon:")},9): error {code}: The icon file '{iconText}'", run.Error);
        Assert.False(Directory.Exists(Path.Combine(root.Path, "o")));
    }

    [Fact]
    public void A_script_outside_the_model_folder_is_refused_and_not_read()
    {
        using var root = new TemporaryFolder();
        root.Write("evil.csx", "public class Script : ScriptBase { }");
        var model = SampleModels.Minimal + "\nscript:\n  file: ../evil.csx\n";
        root.Write("model/connector.yaml", model);

        var run = CliRun.In(root.Path, "generate", "model", "--out", "o");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains($"model/connector.yaml({LineOf(model, "file:")},9): error CK1031: The script file '../evil.csx' climbs out of the model folder", run.Error);
    }

    [Fact]
    public void A_client_folder_linked_out_of_the_output_folder_is_refused_and_its_target_untouched()
    {
        using var root = new TemporaryFolder();
        root.Write("repo/connector/connector.yaml", SampleModels.Minimal + "\nclient:\n  namespace: Sample.Client\n  output: client\n");
        var precious = root.Write("victim/Precious.g.cs", "// hand-written\n");
        root.Link("repo/client", Path.Combine(root.Path, "victim"), toFolder: true);

        var run = CliRun.In(Path.Combine(root.Path, "repo"), "generate");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("error CK1032", run.Error);
        Assert.Equal(["Precious.g.cs"], Directory.GetFiles(Path.Combine(root.Path, "victim")).Select(Path.GetFileName));
        Assert.False(File.Exists(Path.Combine(root.Path, "repo", "apiDefinition.swagger.json")));
        Assert.Equal("// hand-written\n", File.ReadAllText(precious));
    }

    [Fact]
    public void Staging_files_that_killed_runs_left_are_removed_by_the_next_generate()
    {
        using var repo = new TemporaryFolder();
        repo.Write("connector/connector.yaml", SampleModels.Minimal);
        var legacy = repo.Write("apiDefinition.swagger.json.tmp-999999999", "{ \"half\": ");
        var abandoned = repo.Write($"apiProperties.json.connectorkit-{Environment.ProcessId}-1.staging", "{ \"half\": ");

        var run = CliRun.In(repo.Path, "generate");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.False(File.Exists(legacy) || File.Exists(abandoned));
        Assert.Contains("info CK3005", run.Error);
    }

    [Fact]
    public void Check_reports_a_write_that_was_interrupted_and_generate_completes_it()
    {
        using var repo = new TemporaryFolder();
        repo.Write("connector/connector.yaml", SampleModels.Minimal);
        Assert.Equal(ExitCodes.Success, CliRun.In(repo.Path, "generate").ExitCode);
        var swagger = File.ReadAllText(Path.Combine(repo.Path, "apiDefinition.swagger.json"));
        File.WriteAllText(Path.Combine(repo.Path, "apiDefinition.swagger.json"), "{ \"old\": true }\n");
        var staged = $"apiDefinition.swagger.json.connectorkit-{Environment.ProcessId}-1.staging";
        repo.Write(staged, swagger);
        repo.Write(".connectorkit-write.json", $$"""
            { "writer": "{{Environment.ProcessId}}-1", "committed": true, "moves": [{ "staged": "{{staged}}", "target": "apiDefinition.swagger.json" }], "deletions": [], "createdFolders": [] }
            """);

        var check = CliRun.In(repo.Path, "generate", "--check");
        var generate = CliRun.In(repo.Path, "generate");

        Assert.Equal(ExitCodes.Failed, check.ExitCode);
        Assert.Contains(".connectorkit-write.json: error CK3008", check.Error);
        Assert.Equal(ExitCodes.Success, generate.ExitCode);
        Assert.Contains("info CK3004: Completed a write that was interrupted: 1 file(s) switched in", generate.Error);
        Assert.Equal(swagger, File.ReadAllText(Path.Combine(repo.Path, "apiDefinition.swagger.json")));
        Assert.Equal(ExitCodes.Success, CliRun.In(repo.Path, "generate", "--check").ExitCode);
    }

    private static int LineOf(string text, string anchor) =>
        text[..text.IndexOf(anchor, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
