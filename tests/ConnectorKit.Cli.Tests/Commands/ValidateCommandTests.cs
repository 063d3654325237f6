using System.Text.Json;
using ConnectorKit.Cli.Tests.TestSupport;

namespace ConnectorKit.Cli.Tests.Commands;

public class ValidateCommandTests
{
    private const string Swagger = """
        {
          "swagger": "2.0",
          "info": { "title": "Contoso Tasks", "description": "Contoso Tasks keeps the to-do lists of a team in one place.", "version": "1.0", "contact": { "name": "Contoso", "url": "https://contoso.example.com" } },
          "host": "api.contoso.example.com",
          "basePath": "/v1",
          "schemes": ["https"],
          "consumes": ["application/json"],
          "produces": ["application/json"],
          "x-ms-connector-metadata": [
            { "propertyName": "Website", "propertyValue": "https://contoso.example.com" },
            { "propertyName": "Privacy policy", "propertyValue": "https://contoso.example.com/privacy" },
            { "propertyName": "Categories", "propertyValue": "Productivity" }
          ],
          "paths": {
            "/tasks": {
              "get": {
                "operationId": "ListTasks",
                "summary": "List tasks",
                "description": "Lists the tasks of the team.",
                "responses": { "200": { "description": "The tasks.", "schema": { "type": "array", "items": { "type": "string" } } } }
              }
            }
          }
        }
        """;

    private const string Properties = """
        {
          "properties": {
            "iconBrandColor": "#da3b01",
            "publisher": "Contoso",
            "stackOwner": "Contoso",
            "capabilities": [],
            "policyTemplateInstances": [
              { "templateId": "setheader", "title": "Client header", "parameters": { "x-ms-apimTemplateParameter.name": "X-Client", "x-ms-apimTemplateParameter.value": "connector", "x-ms-apimTemplate-operationName": ["ListTasks"] } }
            ]
          }
        }
        """;

    /// <summary>A policy naming an operation that does not exist: one error.</summary>
    private static readonly string PropertiesWithError = Properties.Replace("[\"ListTasks\"]", "[\"ListTask\"]", StringComparison.Ordinal);

    /// <summary>A policy template id with a typo: one warning.</summary>
    private static readonly string PropertiesWithWarning = Properties.Replace("\"setheader\"", "\"setheadr\"", StringComparison.Ordinal);

    [Fact]
    public void A_clean_connector_exits_0_with_an_empty_report()
    {
        using var folder = Connector(Properties);

        var run = CliRun.In(folder.Path, "validate", "connector", "--certification");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("validate: 0 error(s), 0 warning(s) in 1 path(s).", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_exits_1_with_an_MSBuild_line_relative_to_the_current_folder()
    {
        using var folder = Connector(PropertiesWithError);

        var run = CliRun.In(folder.Path, "validate", "connector");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.StartsWith("connector/apiProperties.json(8,", run.Output, StringComparison.Ordinal);
        Assert.Contains("): error CkPolicyUnknownOperation: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Disable_switches_a_code_off()
    {
        using var folder = Connector(PropertiesWithError);

        var run = CliRun.In(folder.Path, "validate", "connector", "--disable", "CkPolicyUnknownOperation");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void Warnings_exit_0_unless_they_count_as_errors()
    {
        using var folder = Connector(PropertiesWithWarning);

        var plain = CliRun.In(folder.Path, "validate", "connector");
        var strict = CliRun.In(folder.Path, "validate", "connector", "--warnings-as-errors");

        Assert.Equal(ExitCodes.Success, plain.ExitCode);
        Assert.Contains("warning CkPolicyUnknownTemplate", plain.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failed, strict.ExitCode);
        Assert.Contains("error CkPolicyUnknownTemplate", strict.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Certification_rules_run_only_with_the_flag()
    {
        using var folder = Connector(Properties.Replace("#da3b01", "#ffffff", StringComparison.Ordinal));

        Assert.Equal(ExitCodes.Success, CliRun.In(folder.Path, "validate", "connector").ExitCode);
        var run = CliRun.In(folder.Path, "validate", "connector", "--certification");
        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("error CkCertBrandColor", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_and_SARIF_formats_write_their_documents_to_standard_output()
    {
        using var folder = Connector(PropertiesWithError);

        var json = CliRun.In(folder.Path, "validate", "connector", "--format", "json");
        var sarif = CliRun.In(folder.Path, "validate", "connector", "--format", "sarif");

        Assert.Equal(ExitCodes.Failed, json.ExitCode);
        using var jsonDocument = JsonDocument.Parse(json.Output);
        var finding = Assert.Single(jsonDocument.RootElement.EnumerateArray());
        Assert.Equal("connector/apiProperties.json", finding.GetProperty("file").GetString());
        Assert.Equal("CkPolicyUnknownOperation", finding.GetProperty("code").GetString());
        Assert.Equal(ExitCodes.Failed, sarif.ExitCode);
        using var sarifDocument = JsonDocument.Parse(sarif.Output);
        Assert.Equal("2.1.0", sarifDocument.RootElement.GetProperty("version").GetString());
        var result = Assert.Single(sarifDocument.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal("connector/apiProperties.json", result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void A_configuration_file_beside_the_connector_applies_and_an_invalid_one_is_a_usage_error()
    {
        using var folder = Connector(PropertiesWithError);
        folder.Write("connector/connectorkit.validation.json", """{ "severity": { "CkPolicyUnknownOperation": "warning" } }""");

        var configured = CliRun.In(folder.Path, "validate", "connector");

        Assert.Equal(ExitCodes.Success, configured.ExitCode);
        Assert.Contains("warning CkPolicyUnknownOperation", configured.Output, StringComparison.Ordinal);

        folder.Write("connector/connectorkit.validation.json", """{ "disable": ["NoSuchCode"] }""");
        var invalid = CliRun.In(folder.Path, "validate", "connector");
        Assert.Equal(ExitCodes.Usage, invalid.ExitCode);
        Assert.Contains("connector/connectorkit.validation.json(1,15): error CK4002", invalid.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_configuration_file_is_used_for_every_path()
    {
        using var folder = Connector(PropertiesWithError);
        folder.Write("strict.json", """{ "disable": ["CkPolicyUnknownOperation"] }""");

        var run = CliRun.In(folder.Path, "validate", "connector", "--config", "strict.json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "no-such-folder")]
    [InlineData("validate", "connector", "--disable", "NoSuchCode")]
    [InlineData("validate", "connector", "--format", "xml")]
    [InlineData("validate", "connector", "--config", "missing.json")]
    [InlineData("validate", "connector", "--strict")]
    public void Usage_errors_exit_2(params string[] args)
    {
        using var folder = Connector(Properties);

        var run = CliRun.In(folder.Path, args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("error", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_on_a_model_folder_point_at_its_YAML()
    {
        using var folder = new TemporaryFolder();
        folder.Write("model/connector.yaml", SampleModels.Minimal.Replace("title: Sample Service", "title: Sample Service For The Connector Tests", StringComparison.Ordinal));

        var run = CliRun.In(folder.Path, "validate", "model", "--certification");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("model/connector.yaml(2,3): error FieldLengthExceeded: ", run.Output, StringComparison.Ordinal);
        Assert.Contains("'Connector'", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_with_errors_reports_the_model_findings()
    {
        using var folder = new TemporaryFolder();
        folder.Write("model/connector.yaml", SampleModels.Broken);

        var run = CliRun.In(folder.Path, "validate", "model");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("model/connector.yaml(6,3): error CK1002", run.Output, StringComparison.Ordinal);
    }

    private static TemporaryFolder Connector(string properties)
    {
        var folder = new TemporaryFolder();
        folder.Write("connector/apiDefinition.swagger.json", Swagger);
        folder.Write("connector/apiProperties.json", properties);
        return folder;
    }
}
