using ConnectorKit.Diagnostics;
using ConnectorKit.Tests.Loading;

namespace ConnectorKit.Tests.Expansion;

/// <summary>
/// A response's <c>examples</c> (example bodies by media type) are written as given, after the headers.
/// </summary>
public sealed class ResponseExamplesTests
{
    private const string Yaml = """
        connector:
          title: Contoso
          description: Contoso's API.
          version: "1.0"
          host: api.contoso.com
          publisher: Contoso

        actions:
          GetItem:
            method: get
            path: /items
            summary: Get item
            description: Gets an item.
            responses:
              "200":
                description: OK
                headers: { Location: { type: string } }
                examples:
                  application/json: { id: 1, name: Contoso }
        """;

    [Fact]
    public void Examples_follow_the_headers_as_given()
    {
        var swagger = InMemoryModel.Expand(Yaml).Definition.ApiDefinition;
        var response = swagger["paths"]!["/items"]!["get"]!["responses"]!["200"]!.AsObject();

        Assert.Equal(["description", "headers", "examples"], response.Select(p => p.Key));
        Assert.Equal("""{"application/json":{"id":1,"name":"Contoso"}}""", response["examples"]!.ToJsonString());
    }

    [Fact]
    public void Examples_that_are_not_a_mapping_are_reported_at_their_line()
    {
        const string examples = "examples:\n          application/json: { id: 1, name: Contoso }";
        var yaml = Yaml.Replace(examples, "examples: none", StringComparison.Ordinal);

        var load = InMemoryModel.Load(yaml);

        var error = Assert.Single(load.Diagnostics, d => d.Severity == Severity.Error);
        var line = yaml[..yaml.IndexOf("examples: none", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.Equal(line, error.Position.Line);
        Assert.True(error.Position.Column > 0);
        Assert.Equal(InMemoryModel.ColumnOf(yaml, "none"), error.Position.Column);
    }
}
