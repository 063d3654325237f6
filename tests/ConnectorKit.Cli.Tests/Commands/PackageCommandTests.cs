using System.IO.Compression;
using System.Text.Json.Nodes;
using ConnectorKit.Cli.Terminal;
using ConnectorKit.Cli.Tests.TestSupport;

namespace ConnectorKit.Cli.Tests.Commands;

/// <summary>
/// <c>connectorkit package</c> on the Customer Insights connector and on new models: what paconn and pac take, the
/// certification layout, and the rule that an upload never carries a placeholder secret nor a secret lands in a file.
/// </summary>
public sealed class PackageCommandTests : IDisposable
{
    private const string ProdSecretVariable = "CUSTOMER_INSIGHTS_PROD_CLIENT_SECRET";
    private const string Secret = "Qx8~real-secret-value.42";

    private static readonly string ModelFolder = Path.Combine(RepositoryFolder.Root, "connector");

    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void The_prod_package_lets_paconn_update_run_without_a_prompt()
    {
        var run = Package(WithVariable(ProdSecretVariable, Secret), ModelFolder, "--environment", "prod");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        var settings = JsonNode.Parse(File.ReadAllText(InPackage("deploy/settings.json")))!.AsObject();
        Assert.Equal("shared_customerinsights-00000000000000000000000000000000", (string?)settings["connectorId"]);
        Assert.Equal("00000000-0000-0000-0000-000000000000", (string?)settings["environment"]);

        // paconn opens the files settings.json names relative to the folder it runs in: the deploy folder.
        foreach (var key in new[] { "apiDefinition", "apiProperties", "icon", "script" })
        {
            Assert.True(File.Exists(InPackage($"deploy/{settings[key]}")), key);
        }

        Assert.Contains($"  cd out/deploy && paconn update --settings settings.json --secret \"${ProdSecretVariable}\"\n", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("pac:\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("pac connector takes no client secret", run.Output, StringComparison.Ordinal);
        Assert.Contains("warning CK6004", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_test_package_creates_the_connector_and_paconn_records_its_id_without_asking()
    {
        var run = Package(WithVariable("CUSTOMER_INSIGHTS_TEST_CLIENT_SECRET", Secret), ModelFolder, "--environment", "test");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Contains("  cd out/deploy && paconn create --settings settings.json --overwrite-settings --secret \"$CUSTOMER_INSIGHTS_TEST_CLIENT_SECRET\"\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"title\": \"Dynamics 365 Customer Insights (Test)\"", File.ReadAllText(InPackage("deploy/apiDefinition.swagger.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_secret_it_refuses_says_why_and_writes_nothing()
    {
        var run = Package(CliHost.Redirected, ModelFolder, "--environment", "prod");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("error CK6003", run.Error, StringComparison.Ordinal);
        Assert.Contains("uploads the placeholder as the client secret", run.Error, StringComparison.Ordinal);
        Assert.Contains(ProdSecretVariable, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(InPackage(string.Empty)));
    }

    [Theory]
    [InlineData("[[client-secret]]")]
    [InlineData("<your secret>")]
    public void A_variable_holding_a_placeholder_is_refused(string placeholder)
    {
        var run = Package(WithVariable(ProdSecretVariable, placeholder), ModelFolder, "--environment", "prod");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("holds a placeholder", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_terminal_the_secret_is_asked_for_and_only_the_command_line_carries_it()
    {
        var terminal = new CliHost { InputIsTerminal = true, ErrorIsTerminal = true, SecretPrompt = _ => Secret };

        var run = Package(terminal, ModelFolder, "--environment", "prod");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Contains($"--secret '{Secret}'", run.Output, StringComparison.Ordinal);
        AssertNoFileHolds(Secret);
    }

    [Fact]
    public void The_secret_from_the_environment_is_referenced_never_copied()
    {
        var run = Package(WithVariable(ProdSecretVariable, Secret), ModelFolder, "--environment", "prod");

        Assert.DoesNotContain(Secret, run.Output + run.Error, StringComparison.Ordinal);
        AssertNoFileHolds(Secret);
    }

    [Fact]
    public void Certification_gets_the_submission_files_as_a_folder_and_a_deterministic_zip()
    {
        var host = WithVariable(ProdSecretVariable, Secret);
        Assert.Equal(ExitCodes.Success, Package(host, ModelFolder, "--environment", "prod").ExitCode);
        var first = File.ReadAllBytes(InPackage("certification.zip"));
        Directory.Delete(InPackage(string.Empty), recursive: true);
        Assert.Equal(ExitCodes.Success, Package(host, ModelFolder, "--environment", "prod").ExitCode);

        Assert.Equal(first, File.ReadAllBytes(InPackage("certification.zip")));
        string[] expected = ["apiDefinition.swagger.json", "apiProperties.json", "icon.png", "readme.md", "script.csx"];
        Assert.Equal(expected, Directory.GetFiles(InPackage("certification")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using var zip = ZipFile.OpenRead(InPackage("certification.zip"));
        Assert.Equal(expected, zip.Entries.Select(e => e.FullName));
        foreach (var entry in zip.Entries)
        {
            using var content = new MemoryStream();
            entry.Open().CopyTo(content);
            Assert.Equal(File.ReadAllBytes(InPackage($"certification/{entry.FullName}")), content.ToArray());
            Assert.Equal(new DateTime(1980, 1, 1), entry.LastWriteTime.DateTime);
        }

        Assert.Contains("\"stackOwner\": \"Microsoft\"", File.ReadAllText(InPackage("certification/apiProperties.json")), StringComparison.Ordinal);
        Assert.DoesNotContain("stackOwner", File.ReadAllText(InPackage("deploy/apiProperties.json")), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryFolder.Root, "docs", "customer-insights-connector.md")), File.ReadAllText(InPackage("certification/readme.md")));
    }

    [Fact]
    public void A_connector_without_oauth_gets_paconn_and_pac_commands_and_needs_no_secret()
    {
        Assert.Equal(ExitCodes.Success, CliRun.In(_folder.Path, "init", "Contoso Orders", "--out", "model", "--auth", "apikey").ExitCode);
        _folder.Write("model/environments/dev.yaml", "environment: 8f2c1b7e-4c1d-4f6b-9a53-2b7f0c6d9e11\nsolution: ContosoConnectors\n");

        var run = Package(CliHost.Redirected, Path.Combine(_folder.Path, "model"), "--environment", "dev");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("  cd out/deploy && paconn create --settings settings.json --overwrite-settings\n", run.Output, StringComparison.Ordinal);
        Assert.Contains(
            "  pac connector create --api-definition-file out/deploy/apiDefinition.swagger.json --api-properties-file out/deploy/apiProperties.json --icon-file out/deploy/icon.png --environment 8f2c1b7e-4c1d-4f6b-9a53-2b7f0c6d9e11 --solution-unique-name ContosoConnectors\n",
            run.Output,
            StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private static CliHost WithVariable(string name, string value) => CliHost.Redirected with { Variable = n => n == name ? value : null };

    private CliRun Package(CliHost host, string model, params string[] options) =>
        CliRun.With(host, _folder.Path, ["package", model, "--out", "out", .. options]);

    private string InPackage(string relative) => Path.Combine(_folder.Path, "out", relative);

    private void AssertNoFileHolds(string secret)
    {
        foreach (var file in Directory.GetFiles(InPackage(string.Empty), "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(secret, File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

}
