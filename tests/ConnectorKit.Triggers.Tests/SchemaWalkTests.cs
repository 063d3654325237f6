using System.Text.Json.Nodes;
using ConnectorKit.Definition;

namespace ConnectorKit.Triggers.Tests;

public sealed class SchemaWalkTests
{
    /// <summary>A body whose schema refers back to itself twice per level would have billions of paths; each schema is entered once.</summary>
    private static readonly SwaggerDocument Swagger = new(JsonNode.Parse("""
        {
          "definitions": {
            "Node": {
              "type": "object",
              "properties": {
                "left": { "$ref": "#/definitions/Node" },
                "right": { "$ref": "#/definitions/Node" },
                "hook": { "type": "object", "properties": { "url": { "type": "string", "x-ms-notification-url": true } } }
              }
            }
          }
        }
        """)!.AsObject());

    private static readonly JsonObject Root = new() { ["$ref"] = "#/definitions/Node" };

    [Fact]
    public void SelfReferencingSchemasListEachPropertyOnce() =>
        Assert.Equal(["left", "right", "hook", "hook.url"], SchemaWalk.PropertyPaths(Swagger, Root));

    [Fact]
    public void TheCallbackPropertyIsFoundThroughReferences() =>
        Assert.Equal(["hook", "url"], SchemaWalk.FindNotificationUrl(Swagger, Root));

    [Fact]
    public void NestedPropertiesResolveThroughReferences() =>
        Assert.Equal("string", SchemaWalk.Property(Swagger, Root, ["left", "right", "hook", "url"])!["type"]!.GetValue<string>());
}
