using System.Globalization;
using System.Text;
using ConnectorKit.Tests.Validation.Rules.Swagger.Shared;

namespace ConnectorKit.Tests.Validation.Rules.Swagger.Response;

/// <summary>The size limits need large schemas, so their cases are generated.</summary>
public sealed class SchemaSizeRulesTests
{
    /// <summary>A response whose schema is a chain of definitions, each holding the next as a property.</summary>
    private static string NestedChain(int levels)
    {
        var definitions = string.Join(",\n", Enumerable.Range(0, levels).Select(i => i + 1 < levels
            ? string.Create(CultureInfo.InvariantCulture, $"    \"D{i}\": {{ \"type\": \"object\", \"properties\": {{ \"next\": {{ \"$ref\": \"#/definitions/D{i + 1}\" }} }} }}")
            : string.Create(CultureInfo.InvariantCulture, $"    \"D{i}\": {{ \"type\": \"string\" }}")));
        return $$"""
            {
              "paths": { "/deep": { "get": { "responses": { "200": { "description": "OK", »"schema": { "$ref": "#/definitions/D0" } } } } } },
              "definitions": {
            {{definitions}}
              }
            }
            """;
    }

    /// <summary>A body parameter whose object schema has the given number of string properties.</summary>
    private static string WideBody(int properties)
    {
        var members = string.Join(", ", Enumerable.Range(0, properties).Select(i => string.Create(CultureInfo.InvariantCulture, $"\"p{i}\": {{ \"type\": \"string\" }}")));
        return $$"""
            {
              "parameters": {
                "body": { "name": "body", "in": "body", »"schema": { "type": "object", "properties": { {{members}} } } }
              }
            }
            """;
    }

    /// <summary>Definitions holding the given number of schemas in all.</summary>
    private static string ManyDefinitions(int schemas)
    {
        var text = new StringBuilder("»{ \"definitions\": {");
        text.AppendJoin(",\n", Enumerable.Range(0, schemas).Select(i => string.Create(CultureInfo.InvariantCulture, $"\"S{i}\": {{ \"type\": \"string\" }}")));
        return text.Append("} }").ToString();
    }

    [Fact]
    public void SchemaTooDeep_reports_a_payload_nesting_past_the_limit() =>
        RuleRunner.AssertFindingAtMarker("SchemaTooDeep", NestedChain(34));

    [Fact]
    public void SchemaTooDeep_accepts_a_payload_at_the_limit() =>
        RuleRunner.AssertClean("SchemaTooDeep", NestedChain(32).Replace("»", string.Empty, StringComparison.Ordinal));

    [Fact]
    public void BodySchemaCountExceedsMaxAllowed_reports_a_body_past_512_schemas() =>
        RuleRunner.AssertFindingAtMarker("BodySchemaCountExceedsMaxAllowed", WideBody(512));

    [Fact]
    public void BodySchemaCountExceedsMaxAllowed_accepts_512_schemas() =>
        RuleRunner.AssertClean("BodySchemaCountExceedsMaxAllowed", WideBody(511).Replace("»", string.Empty, StringComparison.Ordinal));

    [Fact]
    public void TotalSchemaCountExceedsMaxAllowed_reports_a_document_past_the_limit() =>
        RuleRunner.AssertFindingAtMarker("TotalSchemaCountExceedsMaxAllowed", ManyDefinitions(10_001));

    [Fact]
    public void TotalSchemaCountExceedsMaxAllowed_accepts_a_document_at_the_limit() =>
        RuleRunner.AssertClean("TotalSchemaCountExceedsMaxAllowed", ManyDefinitions(10_000).Replace("»", string.Empty, StringComparison.Ordinal));
}
