using ConnectorKit.Diagnostics;
using ConnectorKit.Tests.TestSupport;
using ConnectorKit.Validation;
using ConnectorKit.Validation.Configuration;

namespace ConnectorKit.Tests.Validation.Configuration;

public class ValidationConfigReaderTests
{
    [Fact]
    public void A_valid_file_gives_disabled_codes_severities_and_certification()
    {
        using var folder = new ConnectorFolder();
        var path = folder.Write(ValidationConfig.FileName, """
            {
              "disable": ["CkCertSummaryEnding"],
              "severity": { "ckwebhookdeletemissing": "error", "CkCertSummaryTooLong": "none", "CK1009": "info" },
              "certification": true
            }
            """);

        var read = ValidationConfigReader.Read(path);

        Assert.Empty(read.Diagnostics);
        var options = read.Config!.ApplyTo(ValidationOptions.Default);
        Assert.True(options.Certification);
        Assert.False(options.IsEnabled("CkCertSummaryEnding"));
        Assert.False(options.IsEnabled("CkCertSummaryTooLong"));
        Assert.Equal(Severity.Error, options.SeverityOverrides["CkWebhookDeleteMissing"]);
        Assert.Equal(Severity.Info, options.SeverityOverrides["CK1009"]);
    }

    [Fact]
    public void The_command_line_adds_to_the_file()
    {
        var config = new ValidationConfig(["CkCertSummaryEnding"], new Dictionary<string, Severity?>(), Certification: false);
        var cli = new ValidationOptions { Certification = true, DisabledCodes = new HashSet<string>(["CkCertSummarySlash"], StringComparer.OrdinalIgnoreCase) };

        var options = config.ApplyTo(cli);

        Assert.True(options.Certification);
        Assert.False(options.IsEnabled("CkCertSummaryEnding"));
        Assert.False(options.IsEnabled("CkCertSummarySlash"));
    }

    [Fact]
    public void Each_mistake_is_a_finding_at_its_position()
    {
        using var folder = new ConnectorFolder();
        var path = folder.Write(ValidationConfig.FileName, """
            {
              "disable": ["CkCertSummaryTooLongg", 3],
              "severity": { "CkCertSummaryEnding": "fatal" },
              "certification": "yes",
              "rules": []
            }
            """);

        var read = ValidationConfigReader.Read(path);

        Assert.Null(read.Config);
        Assert.All(read.Diagnostics, d => Assert.Equal(DiagnosticCodes.InvalidValidationConfig.Code, d.Code));
        Assert.Equal([(2, 15), (2, 40), (3, 17), (4, 3), (5, 3)], read.Diagnostics.Select(d => (d.Position.Line, d.Position.Column)));
        Assert.Contains("Did you mean 'CkCertSummaryTooLong'?", read.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_JSON_is_a_finding()
    {
        using var folder = new ConnectorFolder();
        var path = folder.Write(ValidationConfig.FileName, "{ \"disable\": [ ");

        var read = ValidationConfigReader.Read(path);

        Assert.Null(read.Config);
        Assert.Equal(DiagnosticCodes.JsonSyntax.Code, Assert.Single(read.Diagnostics).Code);
    }

    [Fact]
    public void The_file_is_found_beside_the_path_before_the_current_folder()
    {
        using var folder = new ConnectorFolder();
        using var current = new ConnectorFolder();
        var currentConfig = current.Write(ValidationConfig.FileName, "{}");

        Assert.Equal(currentConfig, ValidationConfig.Find(folder.Path, current.Path));
        var beside = folder.Write(ValidationConfig.FileName, "{}");
        Assert.Equal(beside, ValidationConfig.Find(folder.Path, current.Path));
        Assert.Equal(beside, ValidationConfig.Find(folder.FileOf("apiProperties.json"), current.Path));
    }

    [Fact]
    public void A_file_linked_from_elsewhere_is_not_read()
    {
        using var folder = new ConnectorFolder();
        using var elsewhere = new TemporaryFolder();
        var linked = folder.Link(ValidationConfig.FileName, elsewhere.Write("secret.json", "{ \"disable\": [\"a secret\"] }"));

        var read = ValidationConfigReader.Read(linked);

        Assert.Null(read.Config);
        Assert.Equal(DiagnosticCodes.PathLinksOutside.Code, Assert.Single(read.Diagnostics).Code);
    }
}
