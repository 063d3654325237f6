using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Runtime.Matching;

namespace ConnectorKit.Runtime.Tests.Matching;

public sealed class OperationTableTests
{
    private static readonly OperationTable Table = new(new SwaggerDocument(new JsonObject
    {
        ["basePath"] = "/v1/",
        ["paths"] = new JsonObject
        {
            ["/items/{id}"] = new JsonObject { ["get"] = new JsonObject { ["operationId"] = "GetItem" }, ["delete"] = new JsonObject { ["operationId"] = "DeleteItem" } },
            ["/items/latest"] = new JsonObject { ["get"] = new JsonObject { ["operationId"] = "GetLatest" } },
            ["/items('{id}')/tags"] = new JsonObject { ["get"] = new JsonObject { ["operationId"] = "GetTags" } },
            ["/search?kind=book"] = new JsonObject { ["get"] = new JsonObject { ["operationId"] = "SearchBooks" } },
        },
    }));

    [Theory]
    [InlineData("GET", "/v1/items/42", "GetItem")]
    [InlineData("delete", "/v1/Items/42/", "DeleteItem")]
    [InlineData("GET", "/v1/items/latest", "GetLatest")]
    [InlineData("GET", "/v1/items('a%20b')/tags", "GetTags")]
    public void Method_and_path_below_the_base_path_find_the_most_specific_operation(string method, string path, string operationId) =>
        Assert.Equal(operationId, Table.Match(method, path, []).Operation?.OperationId);

    [Fact]
    public void Raw_values_are_kept_encoded_and_a_query_in_the_path_key_is_required()
    {
        Assert.Equal("a%2Fb", Table.Match("GET", "/v1/items/a%2Fb", []).RawPathValues!["id"]);
        Assert.Equal("SearchBooks", Table.Match("GET", "/v1/search", [new("kind", "book")]).Operation?.OperationId);
        Assert.Null(Table.Match("GET", "/v1/search", [new("kind", "film")]).Operation);
    }

    [Fact]
    public void A_path_outside_the_base_path_matches_nothing_and_a_known_path_names_its_methods()
    {
        Assert.Null(Table.Match("GET", "/items/42", []).Operation);
        Assert.Null(Table.Match("GET", "/v10/items/42", []).Operation);
        Assert.Equal(["GET", "DELETE"], Table.Match("PUT", "/v1/items/42", []).AllowedMethods.Order().Reverse());
    }
}
