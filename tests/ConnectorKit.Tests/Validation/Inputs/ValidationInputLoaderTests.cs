using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Validation;

namespace ConnectorKit.Tests.Validation.Inputs;

public class ValidationInputLoaderTests
{
    private static readonly ValidationOptions Certification = new() { Certification = true };

    private const string Model = """
        connector:
          title: Sample Service With A Title Far Too Long
          description: A small connector used by the validation tests of the toolkit.
          version: "1.0"
          host: api.example.com
          basePath: /v1
          publisher: Example
          stackOwner: Example
        actions:
          GetThing:
            method: get
            path: /things/{id}
            summary: Get a thing.
            description: Gets one thing by its id.
            parameters:
              - { name: id, in: path, type: string, summary: Thing ID, description: The id of the thing. }
            responses:
              "200": { description: The thing. }
        """;

    [Fact]
    public void Unreadable_JSON_is_a_finding_with_its_position()
    {
        using var folder = new ConnectorFolder(swagger: "{\n  \"swagger\": \"2.0\",\n  \"info\": \n}\n");

        var findings = ConnectorValidation.Run(folder.Path, ValidationOptions.Default);

        var finding = Assert.Single(findings);
        Assert.Equal(DiagnosticCodes.JsonSyntax.Code, finding.Code);
        Assert.Equal(new SourcePosition(folder.FileOf(DefinitionFiles.ApiDefinition), 4, 1), finding.Position);
    }

    [Fact]
    public void A_single_file_keeps_only_the_findings_in_that_file()
    {
        var swagger = SampleConnector.Swagger.Replace("\"summary\": \"Get a task\"", "\"summary\": \"Get a task.\"", StringComparison.Ordinal);
        var properties = SampleConnector.ApiProperties.Replace("#da3b01", "#ffffff", StringComparison.Ordinal);
        using var folder = new ConnectorFolder(swagger, properties);

        var all = ConnectorValidation.Run(folder.Path, Certification);
        var onlyProperties = ConnectorValidation.Run(folder.FileOf(DefinitionFiles.ApiProperties), Certification);

        Assert.Contains(all, d => d.Code == "CkCertSummaryEnding");
        Assert.Contains(onlyProperties, d => d.Code == "CkCertBrandColor");
        Assert.All(onlyProperties, d => Assert.Equal(folder.FileOf(DefinitionFiles.ApiProperties), d.Position.File));
    }

    [Fact]
    public void A_single_file_in_a_folder_without_a_readable_swagger_reports_why_the_rules_could_not_run()
    {
        using var folder = new ConnectorFolder(swagger: "{ \"swagger\": ");

        var findings = ConnectorValidation.Run(folder.FileOf(DefinitionFiles.ApiProperties), ValidationOptions.Default);

        var finding = Assert.Single(findings);
        Assert.Equal(DiagnosticCodes.JsonSyntax.Code, finding.Code);
        Assert.Equal(folder.FileOf(DefinitionFiles.ApiDefinition), finding.Position.File);
    }

    [Fact]
    public void A_swagger_file_under_another_name_is_validated_with_the_apiProperties_beside_it()
    {
        using var folder = new ConnectorFolder();
        var renamed = folder.Write("tasks.swagger.json", SampleConnector.Swagger.Replace("\"summary\": \"Get a task\"", "\"summary\": \"Get a task.\"", StringComparison.Ordinal));

        var findings = ConnectorValidation.Run(renamed, Certification);

        var finding = Assert.Single(findings, d => d.Code == "CkCertSummaryEnding");
        Assert.Equal(renamed, finding.Position.File);
        Assert.DoesNotContain(findings, d => d.Code == "CkPolicyUnknownOperation");
    }

    [Fact]
    public void Findings_on_a_model_point_at_its_YAML()
    {
        using var folder = new ConnectorFolder();
        var modelFile = folder.Write("model/connector.yaml", Model);

        var findings = ConnectorValidation.Run(Path.GetDirectoryName(modelFile)!, Certification);

        var title = Assert.Single(findings, d => d.Code == "FieldLengthExceeded");
        var summary = Assert.Single(findings, d => d.Code == "CkCertSummaryEnding");
        // At the model key that wrote the node: the connector's title, the action's summary.
        Assert.Equal(new SourcePosition(modelFile, 2, 3), title.Position);
        Assert.Equal(new SourcePosition(modelFile, 13, 5), summary.Position);
    }

    [Fact]
    public void A_model_with_errors_reports_them_without_validating_its_output()
    {
        using var folder = new ConnectorFolder();
        var modelFile = folder.Write("model/connector.yaml", Model.Replace("  basePath: /v1", "  colour: red", StringComparison.Ordinal));

        var findings = ConnectorValidation.Run(Path.GetDirectoryName(modelFile)!, Certification);

        var finding = Assert.Single(findings);
        Assert.Equal(DiagnosticCodes.UnknownKey.Code, finding.Code);
        Assert.Equal(modelFile, finding.Position.File);
    }

    [Fact]
    public void A_missing_path_is_a_finding()
    {
        var missing = Path.Combine(Path.GetTempPath(), "connectorkit-no-such-folder", "apiDefinition.swagger.json");

        var finding = Assert.Single(ConnectorValidation.Run(missing, ValidationOptions.Default));

        Assert.Equal(DiagnosticCodes.FileNotFound.Code, finding.Code);
    }
}
