using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Validation;

namespace ConnectorKit.Tests.Validation;

public class ConnectorValidationTests
{
    [Fact]
    public void A_file_paconn_cannot_parse_is_an_upload_error_at_its_first_deviation()
    {
        using var folder = new ConnectorFolder(swagger: SampleConnector.Swagger.TrimEnd() + "\n// generated\n");
        var comment = folder.PositionOf(DefinitionFiles.ApiDefinition, "// generated");

        var findings = ConnectorValidation.Run(folder.Path, ValidationOptions.Default);
        var disabled = ConnectorValidation.Run(folder.Path, ValidationOptions.Default with { DisabledCodes = new HashSet<string>(["ck1019"], StringComparer.OrdinalIgnoreCase) });

        Assert.Contains(findings, d => (d.Code, d.Severity, d.Position) == (DiagnosticCodes.JsonComment.Code, Severity.Warning, comment));
        Assert.Contains(findings, d => (d.Code, d.Severity, d.Position) == (DiagnosticCodes.PaconnCannotParse.Code, Severity.Error, comment));
        Assert.DoesNotContain(disabled, d => d.Code == DiagnosticCodes.PaconnCannotParse.Code);
        Assert.Contains(disabled, d => d.Code == DiagnosticCodes.JsonComment.Code);
    }

    [Fact]
    public void A_duplicate_key_alone_is_only_a_warning()
    {
        using var folder = new ConnectorFolder(swagger: SampleConnector.Swagger.Replace("\"swagger\": \"2.0\",", "\"swagger\": \"2.0\",\n  \"swagger\": \"2.0\",", StringComparison.Ordinal));

        var findings = ConnectorValidation.Run(folder.Path, ValidationOptions.Default);

        Assert.Contains(findings, d => (d.Code, d.Severity) == (DiagnosticCodes.JsonDuplicateKey.Code, Severity.Warning));
        Assert.DoesNotContain(findings, d => d.Code == DiagnosticCodes.PaconnCannotParse.Code);
    }
}
