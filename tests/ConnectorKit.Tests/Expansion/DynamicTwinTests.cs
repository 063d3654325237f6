using System.Text.Json.Nodes;
using ConnectorKit.Diagnostics;
using ConnectorKit.Expansion;
using ConnectorKit.Model;

namespace ConnectorKit.Tests.Expansion;

/// <summary>The newer twins name each input as a reference (after the reference prefix) and each bare constant as a value.</summary>
public sealed class DynamicTwinTests
{
    private static readonly RawJson Inputs = new(
        JsonNode.Parse("""{ "store": { "parameter": "store" }, "kind": "all", "scope": { "value": 1 } }"""),
        new Dictionary<string, SourcePosition>(),
        SourcePosition.None);

    [Fact]
    public void A_dynamic_list_puts_the_prefix_before_each_referenced_input_and_wraps_bare_constants()
    {
        var picker = new DynamicValuesModel
        {
            Operation = new ModelReference("ListTables", SourcePosition.None),
            ValuePath = "name",
            Parameters = Inputs,
            List = AlsoNewer.Yes,
            ReferencePrefix = "body/",
            Position = SourcePosition.None,
        };

        var (key, list) = DynamicValuesExpander.Picker(picker).Last();

        Assert.Equal(DynamicValuesExpander.List, key);
        Assert.Equal(
            """{"operationId":"ListTables","parameters":{"store":{"parameterReference":"body/store"},"kind":{"value":"all"},"scope":{"value":1}},"itemValuePath":"name"}""",
            list.ToJsonString());
    }

    [Fact]
    public void Dynamic_properties_without_a_prefix_reference_the_input_by_its_name()
    {
        var dynamicSchema = new DynamicSchemaModel
        {
            Operation = new ModelReference("GetFields", SourcePosition.None),
            Parameters = Inputs,
            Properties = AlsoNewer.Yes,
            Position = SourcePosition.None,
        };

        var (key, properties) = DynamicValuesExpander.DynamicSchema(dynamicSchema).Last();

        Assert.Equal(DynamicValuesExpander.Properties, key);
        Assert.Equal("""{"store":{"parameterReference":"store"},"kind":{"value":"all"},"scope":{"value":1}}""", properties["parameters"]!.ToJsonString());
    }

    [Fact]
    public void References_name_their_inputs_in_the_newer_form_and_the_others_keep_the_prefix()
    {
        var inputs = new RawJson(
            JsonNode.Parse("""{ "store": { "parameter": "store" }, "tenant": { "parameter": "tenant" } }"""),
            new Dictionary<string, SourcePosition>(),
            SourcePosition.None);
        var picker = new DynamicValuesModel
        {
            Operation = new ModelReference("ListTables", SourcePosition.None),
            Parameters = inputs,
            List = AlsoNewer.Yes,
            ReferencePrefix = "body/",
            References = new Dictionary<string, string> { ["tenant"] = "x-tenant" },
            Position = SourcePosition.None,
        };

        var (_, list) = DynamicValuesExpander.Picker(picker).Last();

        Assert.Equal(
            """{"store":{"parameterReference":"body/store"},"tenant":{"parameterReference":"x-tenant"}}""",
            list["parameters"]!.ToJsonString());
    }

    [Fact]
    public void Dynamic_properties_without_the_value_path_write_no_item_value_path_and_the_older_form_keeps_it()
    {
        var dynamicSchema = new DynamicSchemaModel
        {
            Operation = new ModelReference("GetFields", SourcePosition.None),
            ValuePath = "properties",
            Properties = AlsoNewer.Yes,
            PropertiesValuePath = false,
            Position = SourcePosition.None,
        };

        var written = DynamicValuesExpander.DynamicSchema(dynamicSchema).ToList();

        Assert.Equal("properties", written[0].Value["value-path"]!.GetValue<string>());
        Assert.Equal("""{"operationId":"GetFields"}""", written[1].Value.ToJsonString());
    }
}
