using ConnectorKit.Import;
using ConnectorKit.Json;
using ConnectorKit.Tests.Loading;
using static ConnectorKit.Tests.Loading.ModelSnippets;

namespace ConnectorKit.Tests.Import;

/// <summary>
/// Operation and parameter keys published connectors use import as typed model keys, not raw extensions: empty
/// lists, <c>deprecated: false</c>, a body's <c>required: false</c>, validation keywords, sample values, Copilot data.
/// </summary>
public sealed class OperationKeywordsImportTests
{
    private const string Paths = """
        {
          "/items": {
            "post": {
              "summary": "Add an item", "description": "Adds an item.", "operationId": "AddItem",
              "tags": [], "consumes": [], "produces": [], "deprecated": false, "x-ms-no-generic-test": true,
              "x-ms-openai-data": { "openai-enabled": false },
              "parameters": [
                { "name": "top", "in": "query", "required": false, "type": "integer", "minimum": 1, "maximum": 100,
                  "exclusiveMaximum": false, "x-example": 20, "x-ms-test-value": 5 },
                { "name": "code", "in": "header", "type": "string", "pattern": "^[A-Z]+$", "maxLength": 8,
                  "x-examples": { "one": { "value": "AB" } } },
                { "name": "body", "in": "body", "required": false, "schema": { "type": "object" } }
              ],
              "responses": { "200": { "description": "OK" } }
            }
          },
          "/ping": {
            "get": { "summary": "Ping", "description": "Pings.", "operationId": "Ping", "parameters": [],
              "responses": { "200": { "description": "OK" } } }
          }
        }
        """;

    [Fact]
    public void Operation_and_parameter_keywords_import_typed_and_come_back_exactly()
    {
        using var folder = new ConnectorFolder("Keywords", Samples.Swagger(Paths), Samples.Properties);

        var yaml = folder.ImportExactly();

        Assert.DoesNotContain("extensions", yaml, StringComparison.Ordinal);
        foreach (var typed in new[]
        {
            "tags: []", "consumes: []", "produces: []", "deprecated: false", "noGenericTest: true", "openAiData:",
            "minimum: 1", "maximum: 100", "exclusiveMaximum: false", "example: 20", "testValue: 5",
            "pattern: ^[A-Z]+$", "maxLength: 8", "examples:", "required: false", "parameters: []",
        })
        {
            Assert.Contains(typed, yaml, StringComparison.Ordinal);
        }
    }

    private const string PickerPaths = """
        {
          "/lists": {
            "get": { "summary": "Lists", "description": "Lists lists.", "operationId": "ListLists",
              "parameters": [ { "name": "list_type", "in": "query", "type": "string" } ],
              "responses": { "200": { "description": "OK" } } }
          },
          "/items": {
            "get": { "summary": "Items", "description": "Lists items.", "operationId": "ListItems",
              "parameters": [
                { "name": "list", "in": "query", "type": "string",
                  "x-ms-dynamic-values": { "operationId": "ListLists", "parameters": { "list_type": "Action" }, "value-path": "id" },
                  "x-ms-dynamic-list": { "operationId": "ListLists", "parameters": { "list_type": { "value": "Action" } }, "itemValuePath": "id" } },
                { "name": "other", "in": "query", "type": "string",
                  "x-ms-dynamic-list": { "operationId": "ListLists", "itemsPath": "value", "itemValuePath": "id", "itemTitlePath": "name" } }
              ],
              "responses": { "200": { "description": "OK" } } }
          }
        }
        """;

    [Fact]
    public void A_bare_constant_input_and_a_list_alone_import_as_pickers()
    {
        using var folder = new ConnectorFolder("Pickers", Samples.Swagger(PickerPaths), Samples.Properties);

        var yaml = folder.ImportExactly();

        Assert.DoesNotContain("extensions", yaml, StringComparison.Ordinal);
        Assert.Contains("list: true", yaml, StringComparison.Ordinal);
        Assert.Contains("list: only", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Keywords_expand_after_the_designer_keys_in_a_fixed_order()
    {
        var model = TempModelFolder.LoadSingle(Header + """
            actions:
              ListItems:
                get: /items
                summary: List items
                description: Lists items.
                deprecated: false
                noGenericTest: true
                parameters:
                - { name: top, in: query, type: integer, testValue: 5, maximum: 100, minimum: 1, visibility: advanced }
                - { name: body, in: body, schema: { type: object } }
            """).Model!;

        var swagger = ConnectorKit.Expansion.ModelExpander.Expand(model).Definition.ApiDefinition;
        var operation = swagger.Child("paths").Child("/items").Child("get");

        Assert.Equal(
            ["name", "in", "required", "type", "x-ms-visibility", "minimum", "maximum", "x-ms-test-value"],
            operation.Child("parameters")!.AsArray()[0]!.AsObject().Select(p => p.Key));
        Assert.False(operation.Child("parameters")!.AsArray()[1]!.AsObject().ContainsKey("required"));
        Assert.Equal("false", operation.Child("deprecated")!.ToJsonString());
        Assert.Equal("true", operation.Child("x-ms-no-generic-test")!.ToJsonString());
    }

    [Theory]
    [InlineData("maximum", "high", "a number")]
    [InlineData("maxLength", "-1", "a whole number, zero or more")]
    [InlineData("exclusiveMinimum", "yes", "true or false")]
    public void A_keyword_of_the_wrong_kind_is_reported_at_its_value(string keyword, string value, string expected)
    {
        var line = $"- {{ name: top, in: query, {keyword}: {value} }}";
        var result = TempModelFolder.LoadSingle(Header + $$"""
            actions:
              ListItems:
                get: /items
                summary: List items
                description: Lists items.
                parameters:
                {{line}}
            """);

        var column = 4 + line.IndexOf(": " + value, StringComparison.Ordinal) + 3;
        var diagnostic = LoadAssert.Single(result, "CK1003", 12, column);
        Assert.Equal(
            $"'{keyword}' in an inline parameter of 'ListItems' must be {expected}, not the scalar '{value}'.",
            diagnostic.Message);
    }
}
