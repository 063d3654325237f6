using System.Text;
using System.Text.Json.Nodes;
using ConnectorKit.Definition;
using ConnectorKit.Diagnostics;
using ConnectorKit.Json;

namespace ConnectorKit.Tests.Definition;

public class DefinitionShapeTests
{
    private static (string Code, int Line, int Column, string Message)[] Swagger(string text) => Check(text, DefinitionShape.OfApiDefinition);

    private static (string Code, int Line, int Column, string Message)[] Properties(string text) => Check(text, DefinitionShape.OfApiProperties);

    private static (string Code, int Line, int Column, string Message)[] Check(string text, Func<JsonNode?, JsonPositionIndex, IEnumerable<Diagnostic>> shape)
    {
        var read = JsonFileReader.Read(Encoding.UTF8.GetBytes(text), "file.json");
        return [.. shape(read.Root, read.Positions).Select(d => (d.Code, d.Position.Line, d.Position.Column, d.Message))];
    }

    [Fact]
    public void A_swagger_of_the_right_shape_has_no_finding()
    {
        Assert.Empty(Swagger("""
            {
              "paths": {
                "x-extension": 1,
                "/a": { "parameters": [], "x-ms-notification-content": "text", "get": {}, "POST": {} }
              }
            }
            """));
        Assert.Empty(Swagger("{ \"swagger\": \"2.0\" }"));
    }

    [Theory]
    [InlineData("null", "The swagger file must hold a JSON object, not null.")]
    [InlineData(" [1]", "The swagger file must hold a JSON object, not an array.")]
    [InlineData("\"text\"", "The swagger file must hold a JSON object, not a string.")]
    [InlineData("7", "The swagger file must hold a JSON object, not a number.")]
    [InlineData("true", "The swagger file must hold a JSON object, not true.")]
    public void A_swagger_that_is_not_an_object_is_an_error_at_its_value(string text, string message)
    {
        Assert.Equal([("CK1003", 1, text.Length - text.TrimStart().Length + 1, message)], Swagger(text));
    }

    [Fact]
    public void Paths_path_items_and_operations_that_are_not_objects_are_errors_where_they_stand()
    {
        Assert.Equal([("CK1003", 1, 3, "'paths' must be an object of path items, not a string.")], Swagger("{ \"paths\": \"oops\" }"));
        Assert.Equal([("CK1003", 1, 3, "'paths' must be an object of path items, not null.")], Swagger("{ \"paths\": null }"));
        Assert.Equal(
            [
                ("CK1003", 3, 5, "The path item '/a' must be an object of operations, not an array."),
                ("CK1003", 4, 13, "The operation 'get /b' must be an object, not an array."),
                ("CK1003", 4, 24, "The operation 'Delete /b' must be an object, not false."),
            ],
            Swagger("{\n  \"paths\": {\n    \"/a\": [],\n    \"/b\": { \"get\": [], \"Delete\": false, \"x-y\": 1 }\n  }\n}"));
    }

    [Fact]
    public void ApiProperties_and_its_properties_must_be_objects()
    {
        Assert.Empty(Properties("{ \"properties\": {} }"));
        Assert.Empty(Properties("{}"));
        Assert.Equal([("CK1003", 1, 1, "apiProperties.json must hold a JSON object, not an array.")], Properties("[]"));
        Assert.Equal([("CK1003", 2, 3, "'properties' must be an object, not a number.")], Properties("{\n  \"properties\": 3\n}"));
    }
}
