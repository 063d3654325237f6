using ConnectorKit.Tests.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Tests.Validation.Rules.Swagger.Properties;

/// <summary>
/// Published connectors list a property as required beside a <c>$ref</c> or an <c>allOf</c> that brings it: the
/// definition is followed before the property is called missing.
/// </summary>
public sealed class RequiredPropertyDefinitionMissingTests
{
    private const string Code = "RequiredPropertyDefinitionMissing";

    /// <summary>A subscribe body of the shape certified connectors ship: required names beside a reference to the definition.</summary>
    private static string Body(string schema) => $$"""
        {
          "paths": {
            "/orders": {
              "post": {
                "parameters": [ { "name": "body", "in": "body", "schema": {{schema}} } ]
              }
            }
          },
          "definitions": {
            "Order": { "type": "object", "properties": { "id": { "type": "string" }, "total": { "type": "number" } } },
            "Audited": { "allOf": [ { "$ref": "#/definitions/Order" }, { "type": "object", "properties": { "by": { "type": "string" } } } ] },
            "Loop": { "$ref": "#/definitions/Loop" }
          }
        }
        """;

    [Theory]
    [InlineData("""{ "$ref": "#/definitions/Order", "required": ["id", "total"] }""")]
    [InlineData("""{ "allOf": [ { "$ref": "#/definitions/Order" } ], "required": ["id"] }""")]
    [InlineData("""{ "$ref": "#/definitions/Audited", "required": ["id", "by"] }""")]
    [InlineData("""{ "type": "object", "allOf": [ { "$ref": "#/definitions/Order" } ], "properties": { "note": { "type": "string" } }, "required": ["note", "total"] }""")]
    public void A_property_that_a_reference_or_allOf_brings_is_defined(string schema) => RuleRunner.AssertClean(Code, Body(schema));

    [Theory]
    [InlineData("""{ "$ref": "#/definitions/Order", "required": ["id", »"customer"] }""")]
    [InlineData("""{ "allOf": [ { "$ref": "#/definitions/Order" }, { "properties": { "by": { "type": "string" } } } ], "required": [»"customer"] }""")]
    [InlineData("""{ "$ref": "#/definitions/Audited", "required": ["by", »"customer"] }""")]
    public void A_property_that_neither_the_schema_nor_what_it_references_defines_is_reported(string schema) => RuleRunner.AssertFindingAtMarker(Code, Body(schema));

    [Theory]
    [InlineData("""{ "$ref": "#/definitions/Missing", "required": ["id"] }""")]
    [InlineData("""{ "$ref": "https://contoso.example.com/schemas/order.json", "required": ["id"] }""")]
    [InlineData("""{ "$ref": "#/definitions/Loop", "required": ["id"] }""")]
    [InlineData("""{ "allOf": [ { "$ref": "#/definitions/Order" }, { "additionalProperties": true } ], "required": ["customer"] }""")]
    public void A_reference_that_does_not_resolve_or_an_open_schema_is_left_alone(string schema) => RuleRunner.AssertClean(Code, Body(schema));
}
