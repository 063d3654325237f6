using ConnectorKit.Diagnostics;
using ConnectorKit.Tests.Loading;

namespace ConnectorKit.Tests.Expansion;

/// <summary><c>pathItemParameters</c>: the parameters of an operation's path item, written after the path's methods.</summary>
public sealed class PathItemParametersTests
{
    private const string Yaml = """
        connector:
          title: Contoso
          description: Contoso's API.
          version: "1.0"
          host: api.contoso.com
          publisher: Contoso

        parameters:
          userAgent: header string | User agent

        actions:
          GetItem:
            get: /items
            summary: Get item
            description: Gets an item.
            pathItemParameters:
            - userAgent
            - { name: tenant, in: query, type: string }
          PutItem:
            put: /items
            summary: Put item
            description: Puts an item.
        """;

    [Fact]
    public void The_path_item_lists_them_after_its_methods()
    {
        var item = Expand(Yaml)["paths"]!["/items"]!.AsObject();

        Assert.Equal(["get", "put", "parameters"], item.Select(p => p.Key));
        Assert.Equal(
            """[{"$ref":"#/parameters/userAgent"},{"name":"tenant","in":"query","required":false,"type":"string"}]""",
            item["parameters"]!.ToJsonString());
        Assert.False(item["get"]!.AsObject().ContainsKey("parameters"));
    }

    [Fact]
    public void An_entry_that_is_neither_a_key_nor_a_parameter_is_reported_at_its_place()
    {
        var yaml = Yaml.Replace("    - userAgent", "    - [userAgent]", StringComparison.Ordinal);

        var load = InMemoryModel.Load(yaml);

        var error = Assert.Single(load.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((17, 7), (error.Position.Line, error.Position.Column));
        Assert.Contains("'pathItemParameters'", error.Message, StringComparison.Ordinal);
    }

    private static System.Text.Json.Nodes.JsonObject Expand(string yaml) =>
        InMemoryModel.Expand(yaml).Definition.ApiDefinition;
}
