using ConnectorKit.Diagnostics;
using ConnectorKit.Loading;

namespace ConnectorKit.Tests.Import.Sources;

/// <summary>The kind of a file to import is told by its content; what is none of them, or hostile, is a positioned error and nothing is written.</summary>
public sealed class SourceImporterTests
{
    [Fact]
    public void A_file_of_no_known_kind_is_an_error_naming_what_it_is()
    {
        using var model = ImportedModel.OfText("notes.yaml", "title: just notes\n");

        var error = Assert.Single(model.Findings);
        Assert.Equal(DiagnosticCodes.ImportSourceUnknown, error.Descriptor);
        Assert.Equal((1, 1), (error.Position.Line, error.Position.Column));
        Assert.Empty(model.Result.Files);
    }

    [Fact]
    public void A_Postman_collection_v1_is_told_apart_and_refused()
    {
        using var model = ImportedModel.OfText("old.json", """{ "id": "1", "name": "Old", "order": [], "requests": [] }""");

        Assert.Contains("Postman collection v1", Assert.Single(model.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_swagger_written_in_YAML_imports_as_a_connector()
    {
        using var model = ImportedModel.OfText("api.yml", """
            swagger: "2.0"
            info: { title: Yaml Swagger, description: A swagger in YAML., version: "1.0" }
            host: api.yaml.test
            paths:
              /things:
                get:
                  operationId: ListThings
                  summary: List things
                  description: Lists the things.
                  responses: { "200": { description: OK } }
            """);

        Assert.True(model.Result.Succeeded, string.Join("\n", model.Findings));
        Assert.Contains("ListThings:", model.ConnectorYaml, StringComparison.Ordinal);
        Assert.Contains("Imported by connectorkit from api.yml.", model.ConnectorYaml, StringComparison.Ordinal);
    }

    [Fact]
    public void YAML_aliases_that_expand_past_the_limit_are_refused_before_anything_expands_them()
    {
        var lines = new List<string> { "a0: &a0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i <= 8; i++)
        {
            lines.Add($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]");
        }

        using var model = ImportedModel.OfText("bomb.yaml", "openapi: 3.0.0\n" + string.Join("\n", lines) + "\n");

        var error = Assert.Single(model.Findings);
        Assert.Contains($"repeat more than {YamlTreeParser.MaxAliasedNodes} nodes", error.Message, StringComparison.Ordinal);
        Assert.Empty(model.Result.Files);
    }
}
