using ConnectorKit.Diagnostics;
using ConnectorKit.Tests.Loading;

namespace ConnectorKit.Tests.Expansion;

/// <summary>
/// The two <c>x-ms-summary</c> keys beside Swagger's own texts: an operation's <c>label</c> and a response's
/// <c>summary</c>, each written in a fixed place.
/// </summary>
public sealed class SummaryLabelTests
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
            get: /items
            summary: Get item
            description: Gets an item.
            label: Get an item
            visibility: important
            responses:
              "200":
                description: OK
                summary: The item
                schema: { type: object }
        """;

    [Fact]
    public void An_operation_label_is_its_x_ms_summary_before_the_visibility()
    {
        var operation = Expand(Yaml)["paths"]!["/items"]!["get"]!.AsObject();

        Assert.Equal("Get item", operation["summary"]!.GetValue<string>());
        Assert.Equal("Get an item", operation["x-ms-summary"]!.GetValue<string>());
        Assert.Equal(["summary", "description", "operationId", "responses", "x-ms-summary", "x-ms-visibility"],
            operation.Select(p => p.Key));
    }

    [Fact]
    public void A_response_summary_is_its_x_ms_summary_after_the_description()
    {
        var response = Expand(Yaml)["paths"]!["/items"]!["get"]!["responses"]!["200"]!.AsObject();

        Assert.Equal(["description", "x-ms-summary", "schema"], response.Select(p => p.Key));
        Assert.Equal("The item", response["x-ms-summary"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("label: Get an item", "label: [Get, item]")]
    [InlineData("summary: The item", "summary: { text: The item }")]
    public void A_label_that_is_not_text_is_reported_at_its_value(string written, string wrong)
    {
        var yaml = Yaml.Replace(written, wrong, StringComparison.Ordinal);

        var load = InMemoryModel.Load(yaml);

        var error = Assert.Single(load.Diagnostics, d => d.Severity == Severity.Error);
        var before = yaml[..yaml.IndexOf(wrong, StringComparison.Ordinal)];
        Assert.Equal(before.Count(c => c == '\n') + 1, error.Position.Line);
        Assert.Equal(before.Length - before.LastIndexOf('\n') + wrong.IndexOf(' ', StringComparison.Ordinal) + 1,
            error.Position.Column);
    }

    private static System.Text.Json.Nodes.JsonObject Expand(string yaml) =>
        InMemoryModel.Expand(yaml).Definition.ApiDefinition;
}
