using ConnectorKit.Tests.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Tests.Validation.Rules.Swagger.Arrays;

public sealed class ArraysRulesTests
{
    public static TheoryData<string, string> Findings => new()
    {
        { "ArrayHasNoItems", """
            {
              "definitions": {
                "List": { »"type": "array" }
              }
            }
            """ },
        { "RequiredPropertyArrayEmpty", """
            {
              "definitions": {
                "Item": { "type": "object", »"required": [] }
              }
            }
            """ },
        { "SchemesArrayEmpty", """
            {
              "swagger": "2.0",
              »"schemes": []
            }
            """ },
    };

    public static TheoryData<string, string> Clean => new()
    {
        { "ArrayHasNoItems", """{ "definitions": { "List": { "type": "array", "items": { "type": "string" } } } }""" },
        { "RequiredPropertyArrayEmpty", """{ "definitions": { "Item": { "type": "object", "required": ["id"], "properties": { "id": { "type": "string" } } } } }""" },
        { "SchemesArrayEmpty", """{ "schemes": ["https"] }""" },
    };

    [Theory]
    [MemberData(nameof(Findings))]
    public void Reports_the_defect_at_its_key(string code, string swagger) => RuleRunner.AssertFindingAtMarker(code, swagger);

    [Theory]
    [MemberData(nameof(Clean))]
    public void Accepts_the_corrected_file(string code, string swagger) => RuleRunner.AssertClean(code, swagger);
}
