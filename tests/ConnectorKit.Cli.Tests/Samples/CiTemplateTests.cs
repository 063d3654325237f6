using System.Text.Json;
using ConnectorKit.Cli.Tests.TestSupport;
using ConnectorKit.Diff;
using YamlDotNet.RepresentationModel;

namespace ConnectorKit.Cli.Tests.Samples;

/// <summary>
/// The CI templates of samples/ci run the same connectorkit command lines this test runs: in a fresh git repository
/// with a connector, a main branch and a pull request's branch on top of it, as the pipelines would see them.
/// </summary>
public sealed class CiTemplateTests : IDisposable
{
    private static readonly string Templates = Path.Combine(RepositoryFolder.Root, "samples", "ci");

    // What the pipelines substitute: the pull request's target branch and the artifact staging folder.
    private static readonly Dictionary<string, string> Variables = new(StringComparer.Ordinal)
    {
        ["${{ github.base_ref }}"] = "main",
        ["$(System.PullRequest.TargetBranchName)"] = "main",
        ["$(Build.ArtifactStagingDirectory)"] = "staging",
    };

    private readonly TemporaryFolder _repository = new();

    public CiTemplateTests()
    {
        Assert.Equal(ExitCodes.Success, CliRun.In(_repository.Path, "init", "Contoso Orders", "--out", "connector", "--webhook").ExitCode);
        Assert.Equal(ExitCodes.Success, CliRun.In(_repository.Path, "generate").ExitCode);
        Git("init", "--quiet");
        Git("checkout", "--quiet", "-b", "main");
        Commit("The connector");
        Git("update-ref", "refs/remotes/origin/main", "HEAD");
        Git("checkout", "--quiet", "-b", "feature");
    }

    public static TheoryData<string> TemplateFiles() => ["github-actions.yml", "azure-pipelines.yml"];

    [Theory]
    [MemberData(nameof(TemplateFiles))]
    public void The_templates_commands_pass_on_a_sound_pull_request_and_write_a_SARIF_report(string template)
    {
        ChangeDescriptionOfGetItem();

        var commands = Commands(template);

        Assert.Equal(["generate", "validate", "diff"], commands.Select(c => c.Arguments[0]));
        foreach (var command in commands)
        {
            var run = Run(command);
            Assert.True(run.ExitCode == ExitCodes.Success, $"{string.Join(' ', command.Arguments)}: exit {run.ExitCode}\n{run.Output}\n{run.Error}");
        }

        var sarif = commands.Single(c => c.Arguments[0] == "validate").RedirectTo!;
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(_repository.Path, sarif)));
        Assert.Equal("2.1.0", report.RootElement.GetProperty("version").GetString());
        Assert.Contains(UploadedReports(template), uploaded => sarif == uploaded || sarif.StartsWith(uploaded + "/", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TemplateFiles))]
    public void The_diff_step_fails_a_pull_request_that_removes_an_action(string template)
    {
        var model = Path.Combine(_repository.Path, "connector", "connector.yaml");
        var text = File.ReadAllText(model);
        var start = text.IndexOf("  GetItem:", StringComparison.Ordinal);
        File.WriteAllText(model, text.Remove(start, text.IndexOf("\n\n", start, StringComparison.Ordinal) + 1 - start));

        var diff = Run(Commands(template).Single(c => c.Arguments[0] == "diff"));

        Assert.Equal(ExitCodes.Failed, diff.ExitCode);
        Assert.Contains("OperationRemoved", diff.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _repository.Dispose();

    /// <summary>The connectorkit lines of a template's run/script steps, with the pipeline's variables filled in.</summary>
    private static List<TemplateCommand> Commands(string template)
    {
        var commands = new List<TemplateCommand>();
        foreach (var script in Steps(template).Select(step => Scalar(step, "run") ?? Scalar(step, "script")).OfType<string>())
        {
            foreach (var line in script.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("connectorkit ", StringComparison.Ordinal)))
            {
                var words = Variables.Aggregate(line, (text, variable) => text.Replace(variable.Key, variable.Value, StringComparison.Ordinal))
                    .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..];
                var redirect = Array.IndexOf(words, ">");
                commands.Add(redirect < 0 ? new TemplateCommand(words, null) : new TemplateCommand(words[..redirect], words[redirect + 1]));
            }
        }

        return commands;
    }

    /// <summary>Where each template uploads or publishes the SARIF report from.</summary>
    private static IEnumerable<string> UploadedReports(string template) =>
        Steps(template)
            .Select(step => step.Children.TryGetValue(new YamlScalarNode("with"), out var with) ? Scalar((YamlMappingNode)with, "sarif_file")
                : step.Children.TryGetValue(new YamlScalarNode("inputs"), out var inputs) ? Scalar((YamlMappingNode)inputs, "PathtoPublish") ?? Scalar((YamlMappingNode)inputs, "SarifsInputDirectory")
                : null)
            .OfType<string>()
            .Select(path => Variables.Aggregate(path, (text, variable) => text.Replace(variable.Key, variable.Value, StringComparison.Ordinal)));

    private static IEnumerable<YamlMappingNode> Steps(string template)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Templates, template)))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var steps = root.Children.TryGetValue(new YamlScalarNode("jobs"), out var jobs)
            ? ((YamlMappingNode)jobs).Children.Values.Cast<YamlMappingNode>().Select(job => job.Children[new YamlScalarNode("steps")]).Single()
            : root.Children[new YamlScalarNode("steps")];
        return ((YamlSequenceNode)steps).Children.Cast<YamlMappingNode>();
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    private CliRun Run(TemplateCommand command)
    {
        var run = CliRun.In(_repository.Path, command.Arguments);
        if (command.RedirectTo is { } file)
        {
            var path = Path.Combine(_repository.Path, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, run.Output);
        }

        return run;
    }

    private void ChangeDescriptionOfGetItem()
    {
        var model = Path.Combine(_repository.Path, "connector", "connector.yaml");
        File.WriteAllText(model, File.ReadAllText(model).Replace("Gets one item by its ID.", "Gets one item, found by its ID.", StringComparison.Ordinal));
        Assert.Equal(ExitCodes.Success, CliRun.In(_repository.Path, "generate").ExitCode);
        Commit("A clearer description");
    }

    private void Commit(string message)
    {
        Git("add", "--all");
        Git("-c", "user.name=ConnectorKit Tests", "-c", "user.email=tests@example.com", "-c", "commit.gpgsign=false", "commit", "--quiet", "-m", message);
    }

    private void Git(params string[] arguments)
    {
        var result = GitCommand.Run(_repository.Path, arguments);
        Assert.True(result is { Succeeded: true }, $"git {string.Join(' ', arguments)} failed: {result?.Error}");
    }


    private sealed record TemplateCommand(string[] Arguments, string? RedirectTo);
}
