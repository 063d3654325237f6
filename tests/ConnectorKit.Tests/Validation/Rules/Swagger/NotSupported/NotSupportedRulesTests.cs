using ConnectorKit.Tests.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Tests.Validation.Rules.Swagger.NotSupported;

public sealed class NotSupportedRulesTests
{
    public static TheoryData<string, string> Findings => new()
    {
        { "CollectionFormatValueNotSupported", """
            {
              "parameters": {
                "ids": { "name": "ids", "in": "header", "type": "array", "items": { "type": "string" }, »"collectionFormat": "multi" }
              }
            }
            """ },
        { "PathItemRefNotSuppored", """
            {
              "paths": {
                "/items": { »"$ref": "#/x" }
              }
            }
            """ },
        { "SwaggerKeywordNotSupported", """
            {
              "definitions": {
                "Pet": { "type": "object", »"oneOf": [{ "type": "object" }] }
              }
            }
            """ },
    };

    public static TheoryData<string, string> Clean => new()
    {
        { "CollectionFormatValueNotSupported", """{ "parameters": { "ids": { "name": "ids", "in": "query", "type": "array", "items": { "type": "string" }, "collectionFormat": "multi" } } }""" },
        { "PathItemRefNotSuppored", """{ "paths": { "/items": { "get": { "responses": { "200": { "description": "OK" } } } } } }""" },
        { "SwaggerKeywordNotSupported", """{ "definitions": { "Tags": { "type": "array", "items": { "type": "string" }, "uniqueItems": false } } }""" },
    };

    [Theory]
    [MemberData(nameof(Findings))]
    public void Reports_the_defect_at_its_key(string code, string swagger) => RuleRunner.AssertFindingAtMarker(code, swagger);

    [Theory]
    [MemberData(nameof(Clean))]
    public void Accepts_the_corrected_file(string code, string swagger) => RuleRunner.AssertClean(code, swagger);
}
