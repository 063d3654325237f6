using ConnectorKit.Diagnostics;
using ConnectorKit.Tests.Loading;

namespace ConnectorKit.Tests.Expansion;

/// <summary>
/// <c>default: null</c> on a parameter writes a null default, <c>visibility: ""</c> in a schema an empty
/// x-ms-visibility, and an operation's <c>externalDocs</c> its externalDocs after the description.
/// </summary>
public sealed class SmallKeysExpansionTests
{
    private const string Yaml = """
        connector: { title: Contoso, description: Contoso's API., version: "1.0", host: api.contoso.com, publisher: Contoso }
        actions:
          ListSites:
            get: /sites
            summary: List sites
            description: Lists sites.
            externalDocs: { description: How to read the fields., url: https://contoso.com/sites }
            parameters:
            - { name: since, in: query, type: string, default: null }
            - { name: until, in: query, type: string }
            responses:
              "200":
                description: OK
                schema: { type: string, visibility: "" }
        """;

    [Fact]
    public void A_null_default_is_written_and_a_missing_one_is_not()
    {
        var parameters = Expand(Yaml)["paths"]!["/sites"]!["get"]!["parameters"]!;

        Assert.Equal("""{"name":"since","in":"query","required":false,"type":"string","default":null}""", parameters[0]!.ToJsonString());
        Assert.False(parameters[1]!.AsObject().ContainsKey("default"));
    }

    [Fact]
    public void An_empty_schema_visibility_writes_an_empty_x_ms_visibility()
    {
        var schema = Expand(Yaml)["paths"]!["/sites"]!["get"]!["responses"]!["200"]!["schema"]!;

        Assert.Equal("""{"type":"string","x-ms-visibility":""}""", schema.ToJsonString());
    }

    [Fact]
    public void External_docs_follow_the_description()
    {
        var operation = Expand(Yaml)["paths"]!["/sites"]!["get"]!.AsObject();

        Assert.Equal(["summary", "description", "externalDocs", "operationId"], operation.Select(p => p.Key).Take(4));
        Assert.Equal("""{"description":"How to read the fields.","url":"https://contoso.com/sites"}""", operation["externalDocs"]!.ToJsonString());
    }

    [Fact]
    public void External_docs_without_a_url_are_reported_at_their_place()
    {
        var yaml = Yaml.Replace(", url: https://contoso.com/sites", string.Empty, StringComparison.Ordinal);

        var load = InMemoryModel.Load(yaml);

        var error = Assert.Single(load.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.MissingKey.Code, 7), (error.Code, error.Position.Line));
    }

    [Fact]
    public void A_visibility_word_the_model_does_not_know_is_still_an_error()
    {
        var yaml = Yaml.Replace("visibility: \"\"", "visibility: hidden", StringComparison.Ordinal);

        var load = InMemoryModel.Load(yaml);

        var error = Assert.Single(load.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.InvalidValue.Code, 14, 45), (error.Code, error.Position.Line, error.Position.Column));
    }

    private static System.Text.Json.Nodes.JsonNode Expand(string yaml) =>
        InMemoryModel.Expand(yaml).Definition.ApiDefinition;
}
