using System.Text.Json.Nodes;
using ConnectorKit.Expansion;
using static ConnectorKit.Tests.Loading.ModelSnippets;

namespace ConnectorKit.Tests.Loading;

/// <summary>
/// The one-line parameter <c>LOCATION [TYPE] [required] [VISIBILITY] | SUMMARY | DESCRIPTION</c>: a reusable parameter's
/// value, or the first entry of an inline one keyed by its wire name, with further keys after it.
/// </summary>
public sealed class ParameterLineTests
{
    private const string Model = """
        parameters:
          dataset: path string | Instance ID | The instance.
        actions:
          Search:
            get: /instances/{dataset}/items
            summary: Search items
            description: Searches the items.
            parameters:
            - $filter: query string important | Filter | The filter expression.
            - $top: query int32 required advanced | Top
              default: 10
            - name: plain
              in: header
              type: string
            responses:
              "200": { description: OK }
        """;

    [Fact]
    public void One_line_parameters_expand_to_their_keys()
    {
        var swagger = Swagger(TempModelFolder.LoadSingle(Header + Model));
        var parameters = swagger["paths"]!["/instances/{dataset}/items"]!["get"]!["parameters"]!.AsArray();

        AssertJson(
            """{"name":"dataset","in":"path","required":true,"type":"string","x-ms-summary":"Instance ID","description":"The instance."}""",
            swagger["parameters"]!["dataset"]);
        AssertJson("""{"$ref":"#/parameters/dataset"}""", parameters[0]);
        AssertJson(
            """{"name":"$filter","in":"query","required":false,"type":"string","x-ms-summary":"Filter","description":"The filter expression.","x-ms-visibility":"important"}""",
            parameters[1]);
        AssertJson(
            """{"name":"$top","in":"query","required":true,"type":"integer","format":"int32","x-ms-summary":"Top","x-ms-visibility":"advanced","default":10}""",
            parameters[2]);
        Assert.Equal("plain", parameters[3]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void With_mark_optional_false_an_optional_parameter_that_says_nothing_writes_no_required()
    {
        var model = Header + "  markOptional: false\n" + Model.Replace("type: string\n", "type: string\n      required: false\n", StringComparison.Ordinal);
        var swagger = Swagger(TempModelFolder.LoadSingle(model));
        var parameters = swagger["paths"]!["/instances/{dataset}/items"]!["get"]!["parameters"]!.AsArray();

        Assert.False(parameters[1]!.AsObject().ContainsKey("required"));
        Assert.True(parameters[2]!["required"]!.GetValue<bool>());
        Assert.False(parameters[3]!["required"]!.GetValue<bool>());
        Assert.True(swagger["parameters"]!["dataset"]!["required"]!.GetValue<bool>());
    }

    [Fact]
    public void A_word_the_line_does_not_know_is_reported_at_the_line()
    {
        var result = TempModelFolder.LoadSingle(Header + Model.Replace("query string important", "query string often", StringComparison.Ordinal));

        var diagnostic = LoadAssert.Single(result, "CK1005", 14, 16);
        Assert.Contains("'often' is not a type, 'required' or a visibility", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_must_start_with_a_location()
    {
        var result = TempModelFolder.LoadSingle(Header + Model.Replace("path string |", "string |", StringComparison.Ordinal));

        var diagnostic = LoadAssert.Single(result, "CK1005", 7, 12);
        Assert.Contains("it must start with a location", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Required_in_the_line_and_as_a_key_is_reported()
    {
        var result = TempModelFolder.LoadSingle(Header + Model.Replace("default: 10", "required: true", StringComparison.Ordinal));

        LoadAssert.Single(result, "CK1005", 16, 7);
    }

    [Fact]
    public void Keys_the_line_says_are_not_keys_after_it()
    {
        var result = TempModelFolder.LoadSingle(Header + Model.Replace("default: 10", "summary: Top", StringComparison.Ordinal));

        LoadAssert.Single(result, "CK1002", 16, 7);
    }

    [Fact]
    public void A_misspelt_first_key_of_a_mapping_with_in_is_an_unknown_key()
    {
        var result = TempModelFolder.LoadSingle(Header + Model.Replace("- name: plain", "- nme: plain", StringComparison.Ordinal));

        Assert.Contains(("CK1002", 17, 7), LoadAssert.Places(result));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("one-line form", StringComparison.Ordinal));
    }

    private static JsonObject Swagger(ConnectorKit.Loading.ModelLoadResult result)
    {
        Assert.Empty(result.Diagnostics);
        return ModelExpander.Expand(result.Model!).Definition.ApiDefinition;
    }

    private static void AssertJson(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), actual?.ToJsonString());
}
